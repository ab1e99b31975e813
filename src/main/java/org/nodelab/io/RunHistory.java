package org.nodelab.io;

import java.util.Arrays;
import java.util.List;
import org.nodelab.train.IterationMetrics;

/**
 * Every iteration's figures of a run, column by column, as a session file keeps them: what the loss, accuracy,
 * NFE and wall-time curves are drawn from. A failed iteration is a row too, with NaN losses. Immutable: the
 * arrays are copied in and out.
 *
 * @param iteration  the iteration each row belongs to (a failed one repeats the next number)
 * @param accepted   the forward solve's accepted steps in each iteration
 * @param rejected   and its rejected ones
 * @param millis     the wall time of each iteration, test evaluation included
 */
public record RunHistory(int[] iteration, double[] trainLoss, double[] testLoss, double[] trainAccuracy,
                         double[] testAccuracy, long[] nfeForward, long[] nfeBackward, int[] accepted,
                         int[] rejected, double[] damping, double[] millis) {

    /** The most rows a session file holds: a long demo run, far below what would strain the reader. */
    public static final int MAX_ROWS = 200_000;

    public RunHistory {
        int n = iteration.length;
        for (Object column : List.of(trainLoss, testLoss, trainAccuracy, testAccuracy, nfeForward, nfeBackward,
                accepted, rejected, damping, millis)) {
            if (java.lang.reflect.Array.getLength(column) != n) {
                throw new IllegalArgumentException("every history column must have " + n + " rows");
            }
        }
        if (n > MAX_ROWS) {
            throw new IllegalArgumentException("the history has " + n + " rows; at most " + MAX_ROWS
                    + " are kept");
        }
        iteration = iteration.clone();
        trainLoss = trainLoss.clone();
        testLoss = testLoss.clone();
        trainAccuracy = trainAccuracy.clone();
        testAccuracy = testAccuracy.clone();
        nfeForward = nfeForward.clone();
        nfeBackward = nfeBackward.clone();
        accepted = accepted.clone();
        rejected = rejected.clone();
        damping = damping.clone();
        millis = millis.clone();
    }

    public static RunHistory empty() {
        return of(List.of());
    }

    /** The rows of these iterations, in order (what a command-line loop collects). */
    public static RunHistory of(List<IterationMetrics> metrics) {
        int n = metrics.size();
        int[] it = new int[n];
        double[] trL = new double[n];
        double[] teL = new double[n];
        double[] trA = new double[n];
        double[] teA = new double[n];
        long[] nf = new long[n];
        long[] nb = new long[n];
        int[] ac = new int[n];
        int[] rj = new int[n];
        double[] g = new double[n];
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            IterationMetrics m = metrics.get(i);
            it[i] = m.iteration();
            trL[i] = m.trainLoss();
            teL[i] = m.testLoss();
            trA[i] = m.trainAccuracy();
            teA[i] = m.testAccuracy();
            nf[i] = m.nfeForward();
            nb[i] = m.nfeBackward();
            ac[i] = m.accepted();
            rj[i] = m.rejected();
            g[i] = m.damping();
            ms[i] = m.millis();
        }
        return new RunHistory(it, trL, teL, trA, teA, nf, nb, ac, rj, g, ms);
    }

    /**
     * The rows as iterations' figures again, in order (what {@link #of} took in): what a history does not keep
     * (step sizes, gradient norm, regularization, split timings) is empty or NaN, and a row with a NaN training
     * loss is a failed iteration.
     */
    public List<IterationMetrics> metrics() {
        List<IterationMetrics> out = new java.util.ArrayList<>(iteration.length);
        for (int i = 0; i < iteration.length; i++) {
            boolean failed = Double.isNaN(trainLoss[i]);
            out.add(new IterationMetrics(iteration[i], trainLoss[i], trainAccuracy[i], testLoss[i],
                    testAccuracy[i], Double.NaN, nfeForward[i], nfeBackward[i], accepted[i], rejected[i],
                    new double[0], Double.NaN, damping[i], millis[i], Double.NaN, Double.NaN,
                    failed ? "this iteration failed" : null));
        }
        return out;
    }

    /** This history with {@code more} rows after it (a resumed run's). */
    public RunHistory append(List<IterationMetrics> more) {
        RunHistory next = of(more);
        return new RunHistory(cat(iteration, next.iteration), cat(trainLoss, next.trainLoss),
                cat(testLoss, next.testLoss), cat(trainAccuracy, next.trainAccuracy),
                cat(testAccuracy, next.testAccuracy), cat(nfeForward, next.nfeForward),
                cat(nfeBackward, next.nfeBackward), cat(accepted, next.accepted), cat(rejected, next.rejected),
                cat(damping, next.damping), cat(millis, next.millis));
    }

    public int size() {
        return iteration.length;
    }

    /** The last row and the mean NFE, as a model file records them. */
    public HistorySummary summary() {
        int n = size();
        if (n == 0) {
            return new HistorySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new HistorySummary(iteration[n - 1], trainLoss[n - 1], testLoss[n - 1], trainAccuracy[n - 1],
                testAccuracy[n - 1], Arrays.stream(nfeForward).average().orElse(Double.NaN),
                Arrays.stream(nfeBackward).average().orElse(Double.NaN));
    }

    @Override
    public int[] iteration() {
        return iteration.clone();
    }

    @Override
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    @Override
    public double[] testLoss() {
        return testLoss.clone();
    }

    @Override
    public double[] trainAccuracy() {
        return trainAccuracy.clone();
    }

    @Override
    public double[] testAccuracy() {
        return testAccuracy.clone();
    }

    @Override
    public long[] nfeForward() {
        return nfeForward.clone();
    }

    @Override
    public long[] nfeBackward() {
        return nfeBackward.clone();
    }

    @Override
    public int[] accepted() {
        return accepted.clone();
    }

    @Override
    public int[] rejected() {
        return rejected.clone();
    }

    @Override
    public double[] damping() {
        return damping.clone();
    }

    @Override
    public double[] millis() {
        return millis.clone();
    }

    private static int[] cat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long[] cat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] cat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
