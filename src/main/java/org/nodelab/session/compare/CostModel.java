package org.nodelab.session.compare;

/**
 * The arithmetic that turns NFE into time and money (next-features.md C.1), as pure functions on plain
 * numbers in seconds, requests and money units. {@link CostEstimate} applies them to numbers with provenance.
 */
public final class CostModel {

    /** Seconds in an hour. */
    private static final double HOUR = 3600;

    private CostModel() {
    }

    /** Latency per request (a batch of B is served in one solve): t₀ + NFE · t_f(B). */
    public static double latency(double t0, double nfe, double tf) {
        return t0 + nfe * tf;
    }

    /** Compute-hours per day: requests/day · latency / (B · 3600 · u). */
    public static double computeHoursPerDay(double requestsPerDay, double latency, int batch, double utilisation) {
        return requestsPerDay * latency / (batch * HOUR * utilisation);
    }

    /** Money per day: compute-hours/day · price per hour. */
    public static double costPerDay(double computeHoursPerDay, double pricePerHour) {
        return computeHoursPerDay * pricePerHour;
    }

    /** Money per request: latency / (B · 3600 · u) · price, i.e. cost/day over requests/day. */
    public static double costPerRequest(double latency, int batch, double utilisation, double pricePerHour) {
        return latency / (batch * HOUR * utilisation) * pricePerHour;
    }

    /** Compute-seconds to train: iterations · (NFE_F · t_f + NFE_B · t_vjp). */
    public static double trainingSeconds(double iterations, double nfeForward, double nfeBackward, double tf,
                                         double tvjp) {
        return iterations * (nfeForward * tf + nfeBackward * tvjp);
    }

    /** Money to train: training seconds / 3600 · price per hour. */
    public static double trainingCost(double trainingSeconds, double pricePerHour) {
        return trainingSeconds / HOUR * pricePerHour;
    }

    /**
     * Payback volume N* = Δtraining cost / (cost per request of the reference − of the new run): the requests
     * after which a run that trains dearer and serves cheaper has paid for itself. 0 when the new run is no
     * dearer to train and serves cheaper (it pays from the first request); +∞ when it never pays back (it
     * serves no cheaper, yet trains dearer).
     */
    public static double paybackRequests(double trainingCostReference, double trainingCostNew,
                                         double costPerRequestReference, double costPerRequestNew) {
        double extra = trainingCostNew - trainingCostReference;
        double saved = costPerRequestReference - costPerRequestNew;
        if (extra <= 0 && saved >= 0) {
            return 0;
        }
        if (saved <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return extra / saved;
    }

    /**
     * The latency ratio a given NFE ratio buys: (t₀ + r · NFE · t_f) / (t₀ + NFE · t_f). With t₀ > 0 it lies
     * between r and 1, so it is always less favourable than the NFE ratio: the fixed overhead does not shrink.
     */
    public static double latencyRatio(double t0, double nfeReference, double nfeRatio, double tf) {
        return latency(t0, nfeRatio * nfeReference, tf) / latency(t0, nfeReference, tf);
    }
}
