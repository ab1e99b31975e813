package org.nodelab.session.compare;

/**
 * The deployment assumptions shared by every run's cost card, each a number with its provenance (typed values
 * are {@link Provenance.Kind#ASSUMED}).
 *
 * @param requestsPerDay  R, requests served per day
 * @param batch           B, requests served together in one solve
 * @param utilisation     u in (0, 1], the busy fraction of a worker
 * @param pricePerHour    money per compute-hour (no built-in vendor prices)
 * @param t0              seconds of fixed overhead per request outside the ODE (encoder, readout, I/O)
 */
public record CostInputs(Quantity requestsPerDay, int batch, Quantity utilisation, Quantity pricePerHour,
                         Quantity t0) {

    public static final double MAX_REQUESTS_PER_DAY = 1e12;
    public static final int MAX_BATCH = 65_536;
    public static final double MAX_T0_SECONDS = 3600;

    public CostInputs {
        double r = requestsPerDay.value();
        if (!(r >= 1) || !(r <= MAX_REQUESTS_PER_DAY)) {
            throw new IllegalArgumentException("requests per day must be 1.." + MAX_REQUESTS_PER_DAY + ", not " + r);
        }
        if (batch < 1 || batch > MAX_BATCH) {
            throw new IllegalArgumentException("the batch must be 1.." + MAX_BATCH + ", not " + batch);
        }
        double u = utilisation.value();
        if (!(u > 0) || !(u <= 1)) {
            throw new IllegalArgumentException("utilisation must be in (0, 1], not " + u);
        }
        double p = pricePerHour.value();
        if (!(p >= 0) || !Double.isFinite(p)) {
            throw new IllegalArgumentException("the price per hour must be finite and not negative, not " + p);
        }
        double t = t0.value();
        if (!(t >= 0) || !(t <= MAX_T0_SECONDS)) {
            throw new IllegalArgumentException("t0 must be 0.." + MAX_T0_SECONDS + " s, not " + t);
        }
    }

    /** All typed by the user: the common case of the command line and the panel's fields. */
    public static CostInputs typed(double requestsPerDay, int batch, double utilisation, double pricePerHour,
                                   double t0Seconds) {
        return new CostInputs(Quantity.assumed("requests/day", requestsPerDay, "1/day"), batch,
                Quantity.assumed("utilisation", utilisation, ""),
                Quantity.assumed("price", pricePerHour, "$/core-h"),
                Quantity.assumed("t0", t0Seconds, "s"));
    }
}
