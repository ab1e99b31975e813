package org.nodelab.session.compare;

import java.util.Arrays;
import org.nodelab.ode.ParametricVectorField;

/**
 * Times a model's field at a given batch state: one evaluation f(t, y), and one vector–Jacobian product, each
 * call timed alone at a new time t, reported as the median after warm-up with its 5–95 % spread. A figure for
 * the cost model, never a test assertion. (Kept small and here until the throughput work's
 * {@code model/FieldTiming} is merged; it can then delegate to it.)
 */
public final class FieldBenchmark {

    /** Enough calls for a stable median; a bound so that a typo cannot ask for hours. */
    public static final int MAX_CALLS = 100_000;

    private FieldBenchmark() {
    }

    /** One evaluation at {@code state} (a batch of {@code state.length / field.dimension()} points). */
    public static Timing evaluation(ParametricVectorField field, double[] state, int warmup, int calls) {
        check(field, state, warmup, calls);
        double[] out = new double[state.length];
        long[] nanos = new long[calls];
        for (int i = 0; i < warmup + calls; i++) {
            double t = time(i);
            long start = System.nanoTime();
            field.evaluate(t, state, out);
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                nanos[i - warmup] = took;
            }
        }
        return summarize("field evaluation", nanos, warmup, state.length / field.dimension());
    }

    /**
     * One vector–Jacobian product at {@code state}, with a cotangent of ones, each timed right after an untimed
     * evaluation at the same point, as the adjoint calls it.
     */
    public static Timing vectorJacobianProduct(ParametricVectorField field, double[] state, int warmup, int calls) {
        check(field, state, warmup, calls);
        double[] cotangent = new double[state.length];
        Arrays.fill(cotangent, 1);
        double[] stateCotangent = new double[state.length];
        double[] parameterCotangent = new double[field.parameterCount()];
        long[] nanos = new long[calls];
        double[] out = new double[state.length];
        for (int i = 0; i < warmup + calls; i++) {
            double t = time(i);
            // Untimed: the adjoint evaluates f at a point before its VJP there, and a field may keep that pass.
            field.evaluate(t, state, out);
            long start = System.nanoTime();
            field.vectorJacobianProduct(t, state, cotangent, stateCotangent, parameterCotangent);
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                nanos[i - warmup] = took;
            }
        }
        return summarize("vector-Jacobian product", nanos, warmup, state.length / field.dimension());
    }

    /** A new time for every call, so that no field can answer from a pass it cached at the last one. */
    private static double time(int call) {
        return 1e-3 * (call % 1000 + 1);
    }

    private static void check(ParametricVectorField field, double[] state, int warmup, int calls) {
        if (calls < 1 || calls > MAX_CALLS || warmup < 0 || warmup > MAX_CALLS) {
            throw new IllegalArgumentException("timed calls must be 1.." + MAX_CALLS + " and warm-up 0.." + MAX_CALLS
                    + " (got " + calls + ", " + warmup + ")");
        }
        if (state.length == 0 || state.length % field.dimension() != 0) {
            throw new IllegalArgumentException("the state has " + state.length + " numbers, not a whole batch of "
                    + field.dimension());
        }
    }

    static Timing summarize(String what, long[] nanos, int warmup, int batch) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timing(what, quantile(sorted, 0.5) / 1e9, quantile(sorted, 0.05) / 1e9,
                quantile(sorted, 0.95) / 1e9, nanos.length, warmup, batch);
    }

    /** Linear interpolation between order statistics (the median of an even count is the mean of the middle two). */
    static double quantile(long[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }
}
