package org.nodelab.session.compare;

import java.util.Arrays;
import org.nodelab.model.FieldTiming;
import org.nodelab.ode.ParametricVectorField;

/**
 * The cost model's timings of a run's field at a given batch state: one evaluation f(t, y), and one
 * vector–Jacobian product right after an evaluation at the same point (as the adjoint calls it), each at a fresh
 * time t, timed by {@link FieldTiming#sample}, and reported as the median after warm-up with its 5–95 % spread.
 * A figure for the cost model, never a test assertion.
 */
public final class FieldBenchmark {

    /** Enough calls for a stable median; a bound so that a typo cannot ask for hours. */
    public static final int MAX_CALLS = 100_000;

    private FieldBenchmark() {
    }

    /** One evaluation at {@code state} (a batch of {@code state.length / field.dimension()} points). */
    public static Timing evaluation(ParametricVectorField field, double[] state, int warmup, int calls) {
        check(field, state, warmup, calls);
        long[] nanos = FieldTiming.sample(field, state, new double[state.length], false, warmup, calls)
                .forwardNanos();
        return summarize("field evaluation", nanos, warmup, state.length / field.dimension());
    }

    /** An evaluation and a VJP (cotangent of ones, right after an evaluation there), from one sample at {@code state}. */
    public record Pair(Timing evaluation, Timing vectorJacobianProduct) {
    }

    /** Both timings at {@code state} from the same timed rounds: each round evaluates, then takes the VJP. */
    public static Pair evaluationAndVectorJacobianProduct(ParametricVectorField field, double[] state, int warmup,
                                                          int calls) {
        check(field, state, warmup, calls);
        double[] cotangent = new double[state.length];
        Arrays.fill(cotangent, 1);
        FieldTiming.Samples s = FieldTiming.sample(field, state, cotangent, true, warmup, calls);
        int batch = state.length / field.dimension();
        return new Pair(summarize("field evaluation", s.forwardNanos(), warmup, batch),
                summarize("vector-Jacobian product", s.vjpAfterForwardNanos(), warmup, batch));
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
