package org.nodelab.session.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Evaluation;
import org.nodelab.train.Trainer;

/**
 * The forward NFE a deployment pays per solve: the test set served in batches of B, one real solve per batch
 * through the trainer's own rules (its solver, fallback and fixed-step size), at the deployment tolerance.
 *
 * @param perBatch    each batch's NFE, in order
 * @param mean        mean over batches
 * @param p95         95th percentile over batches (nearest rank)
 * @param accuracy    test accuracy over all batches (NaN for a time series)
 * @param problem     null, or why a batch's solve failed (the figures then cover the batches before it)
 */
public record NfeMeasurement(long[] perBatch, double mean, double p95, long max, double accuracy, int points,
                             int batch, String method, double rtol, double atol, double horizon, long dataSeed,
                             String problem) {

    public NfeMeasurement {
        perBatch = perBatch.clone();
    }

    @Override
    public long[] perBatch() {
        return perBatch.clone();
    }

    /**
     * Solves the trainer's test set in batches of {@code batch} with {@code options}: pass
     * {@code trainer.solverOptions(false)} for the run's own tolerance, or a copy with the deployment's.
     */
    public static NfeMeasurement measure(Trainer trainer, SolverOptions options, int batch) {
        List<Evaluation> batches = trainer.evaluateInBatches(options, batch);
        int n = batches.size();
        long[] nfe = new long[n];
        double correct = 0;
        int points = 0;
        String problem = null;
        int size = trainer.testSize();
        for (int i = 0; i < n; i++) {
            Evaluation e = batches.get(i);
            nfe[i] = e.nfe();
            int rows = Math.min(batch, size - i * batch);
            if (e.problem() != null) {
                problem = "the solve of test batch " + (i + 1) + " failed: " + e.problem();
                break;
            }
            correct += e.accuracy() * rows;
            points += rows;
        }
        long[] ok = problem == null ? nfe : Arrays.copyOf(nfe, n - 1);
        double mean = ok.length == 0 ? Double.NaN : Arrays.stream(ok).average().orElse(Double.NaN);
        long[] sorted = ok.clone();
        Arrays.sort(sorted);
        double p95 = sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)];
        long max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        return new NfeMeasurement(ok, mean, p95, max, points == 0 ? Double.NaN : correct / points, points, batch,
                options.method().id(), options.rtol(), options.atol(), trainer.horizon(),
                trainer.config().data().seed(), problem);
    }

    /** How it was measured, for the provenance line. */
    public String how() {
        return String.format(Locale.ROOT, "measured here on %d test points in %d batches of %d, %s rtol %.3g "
                + "atol %.3g, T %.3g, data seed %d", points, perBatch.length, batch, method, rtol, atol, horizon,
                dataSeed);
    }

    public Quantity meanQuantity() {
        return Quantity.measured("NFE mean", mean, "", how());
    }

    public Quantity p95Quantity() {
        return Quantity.measured("NFE p95", p95, "", how());
    }
}
