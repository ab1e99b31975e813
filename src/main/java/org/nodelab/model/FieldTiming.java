package org.nodelab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nodelab.ode.ParametricVectorField;

/**
 * Wall time of one evaluation (one NFE) and one vector-Jacobian product of a field at batch size B: t_f(B) and
 * t_vjp(B). Several fields are timed interleaved, one call of each per round, so that a machine shared with
 * other work slows them alike and their ratio stays meaningful. Every timed call sees a new time t, so no
 * field can reuse a cached forward pass; the VJP is also timed right after an untimed evaluation at the same
 * point, as the adjoint calls it. Figures are medians with the 10th and 90th percentiles as the spread.
 */
public final class FieldTiming {

    /** Percentiles of one kind of call, in microseconds. */
    public record Stats(double median, double p10, double p90, double min, double max) {

        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Stats(at(s, 0.5), at(s, 0.1), at(s, 0.9), s[0] / 1e3, s[s.length - 1] / 1e3);
        }

        private static double at(long[] sorted, double q) {
            return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e3;
        }
    }

    /**
     * One field's figures: {@code forward} is one evaluation, {@code vjp} one VJP with its forward pass (as a
     * framework's forward plus backward), {@code vjpAfterForward} one VJP at the point just evaluated.
     */
    public record Result(int batch, int calls, Stats forward, Stats vjp, Stats vjpAfterForward) {
    }

    private FieldTiming() {
    }

    /**
     * Raw timings of one field at a given state (a batch of {@code y.length / dimension} points), in nanoseconds:
     * one evaluation, and one VJP with cotangent {@code c} right after it at the same point (as the adjoint calls
     * it); with {@code vjp} false only evaluations are timed. What the cost panel measures at the run's own data.
     */
    public record Samples(long[] forwardNanos, long[] vjpAfterForwardNanos) {
    }

    /** {@code calls} timed rounds after {@code warmup} untimed ones, each at a fresh time t. */
    public static Samples sample(ParametricVectorField field, double[] y, double[] c, boolean vjp, int warmup,
                                 int calls) {
        if (calls < 1 || warmup < 0 || y.length == 0 || y.length % field.dimension() != 0 || c.length != y.length) {
            throw new IllegalArgumentException("timing needs a whole batch of states, a cotangent of the same size, "
                    + "at least one call and no negative warm-up");
        }
        Nd4jThreads.configure();
        double[] dydt = new double[y.length];
        double[] stateCotangent = new double[y.length];
        double[] parameterCotangent = new double[field.parameterCount()];
        long[] forward = new long[calls];
        long[] after = new long[vjp ? calls : 0];
        Clock clock = new Clock();
        long[] took = new long[3];
        for (int round = -warmup; round < calls; round++) {
            timeRound(field, y, c, dydt, stateCotangent, parameterCotangent, clock, vjp ? 2 : 1, took);
            if (round >= 0) {
                forward[round] = took[0];
                if (vjp) {
                    after[round] = took[1];
                }
            }
        }
        return new Samples(forward, after);
    }

    /** A new time for every call, so that no field can answer from a pass it cached at the last one. */
    private static final class Clock {
        private int step;

        double next() {
            return 1e-3 * (++step % 1000 + 1);
        }
    }

    /**
     * One round of the first {@code kinds} calls: an evaluation at a fresh t, a VJP at that same t, and a VJP at
     * another fresh t, which must do its own forward pass. {@code took} gets their durations in that order.
     */
    private static void timeRound(ParametricVectorField f, double[] y, double[] c, double[] dydt,
                                  double[] stateCotangent, double[] parameterCotangent, Clock clock, int kinds,
                                  long[] took) {
        double t = clock.next();
        long t0 = System.nanoTime();
        f.evaluate(t, y, dydt);
        long t1 = System.nanoTime();
        took[0] = t1 - t0;
        if (kinds < 2) {
            return;
        }
        f.vectorJacobianProduct(t, y, c, stateCotangent, parameterCotangent);
        long t2 = System.nanoTime();
        took[1] = t2 - t1;
        if (kinds < 3) {
            return;
        }
        double s = clock.next();
        long t3 = System.nanoTime();
        f.vectorJacobianProduct(s, y, c, stateCotangent, parameterCotangent);
        took[2] = System.nanoTime() - t3;
    }

    /** The model's field at batch size {@code batch}, {@code calls} timed calls of each kind after a warm-up. */
    public static Result measure(NeuralOdeModel model, int batch, int calls) {
        Nd4jThreads.configure();
        return measure(List.of(model.field()), batch, calls, 1).get(0);
    }

    /**
     * The fields, interleaved, on the same random states and cotangents (seeded), each field's θ left as it is.
     * The fields must have the same dimension. Warm-up: calls/4 rounds, at least 20, untimed.
     */
    public static List<Result> measure(List<? extends ParametricVectorField> fields, int batch, int calls, long seed) {
        if (fields.isEmpty() || batch < 1 || calls < 1) {
            throw new IllegalArgumentException("timing needs a field, a batch of at least 1 and at least one call");
        }
        Nd4jThreads.configure();
        int n = fields.get(0).dimension();
        for (ParametricVectorField f : fields) {
            if (f.dimension() != n) {
                throw new IllegalArgumentException("fields timed together must have the same dimension");
            }
        }
        Random random = new Random(seed);
        double[] y = new double[batch * n];
        double[] c = new double[batch * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
            c[i] = random.nextGaussian();
        }
        double[] dydt = new double[y.length];
        double[] stateCotangent = new double[y.length];
        int fieldCount = fields.size();
        double[][] parameterCotangent = new double[fieldCount][];
        for (int k = 0; k < fieldCount; k++) {
            parameterCotangent[k] = new double[fields.get(k).parameterCount()];
        }
        long[][] forward = new long[fieldCount][calls];
        long[][] vjp = new long[fieldCount][calls];
        long[][] vjpAfter = new long[fieldCount][calls];
        int warmup = Math.max(20, calls / 4);
        Clock clock = new Clock();
        long[] took = new long[3];
        for (int round = -warmup; round < calls; round++) {
            for (int k = 0; k < fieldCount; k++) {
                timeRound(fields.get(k), y, c, dydt, stateCotangent, parameterCotangent[k], clock, 3, took);
                if (round >= 0) {
                    forward[k][round] = took[0];
                    vjpAfter[k][round] = took[1];
                    vjp[k][round] = took[2];
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < fieldCount; k++) {
            results.add(new Result(batch, calls, Stats.of(forward[k]), Stats.of(vjp[k]), Stats.of(vjpAfter[k])));
        }
        return results;
    }
}
