package org.nodelab.session;

import java.util.Arrays;
import org.nodelab.io.HistorySummary;
import org.nodelab.io.RunHistory;
import org.nodelab.train.IterationMetrics;

/**
 * Per-iteration figures over a whole run, for the charts. Append-only and published by reference: a snapshot
 * pins {@code size}, and entries below it never change, so readers on other threads need no copy or lock.
 * Growing replaces the arrays, which older snapshots keep.
 */
public final class TrainingHistory {

    private int size;
    private int[] iteration = new int[256];
    private double[] trainLoss = new double[256];
    private double[] testLoss = new double[256];
    private double[] trainAccuracy = new double[256];
    private double[] testAccuracy = new double[256];
    private long[] nfeForward = new long[256];
    private long[] nfeBackward = new long[256];
    private double[] damping = new double[256];
    private double[] millis = new double[256];
    private int[] accepted = new int[256];
    private int[] rejected = new int[256];

    private long forwardTotal;
    private long backwardTotal;

    /**
     * An immutable view of the first {@code size} entries.
     *
     * @param forwardTotal   forward NFE summed over those entries (kept as they are added: a view is read
     *                       once per frame, and a long run has many entries)
     * @param backwardTotal  backward NFE summed likewise
     * @param millis         each iteration's wall time (the compare view's time axis)
     * @param accepted       each iteration's accepted forward steps, and {@code rejected} its rejected ones
     */
    public record View(int size, int[] iteration, double[] trainLoss, double[] testLoss, double[] trainAccuracy,
                       double[] testAccuracy, long[] nfeForward, long[] nfeBackward, double[] damping,
                       long forwardTotal, long backwardTotal, double[] millis, int[] accepted, int[] rejected) {

        public long totalNfe() {
            return forwardTotal + backwardTotal;
        }

        /** The last entry and the mean NFE, as a saved model file records them. */
        public HistorySummary summary() {
            int n = size;
            if (n == 0) {
                return new HistorySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new HistorySummary(iteration[n - 1], trainLoss[n - 1], testLoss[n - 1], trainAccuracy[n - 1],
                    testAccuracy[n - 1], (double) forwardTotal / n, (double) backwardTotal / n);
        }

        /**
         * The last row as an iteration's figures (a resumed run's latest, before it trains again); what a
         * history does not keep (step sizes, gradient norm) is empty or NaN. Null when there are no rows.
         */
        public IterationMetrics last() {
            if (size == 0) {
                return null;
            }
            int i = size - 1;
            boolean failed = Double.isNaN(trainLoss[i]);
            return new IterationMetrics(iteration[i], trainLoss[i], trainAccuracy[i], testLoss[i], testAccuracy[i],
                    Double.NaN, nfeForward[i], nfeBackward[i], accepted[i], rejected[i], new double[0], Double.NaN, damping[i],
                    millis[i], Double.NaN, Double.NaN, failed ? "the last saved iteration failed" : null);
        }

        /** These rows as a session file keeps them. */
        public RunHistory record() {
            int n = size;
            return new RunHistory(Arrays.copyOf(iteration, n), Arrays.copyOf(trainLoss, n),
                    Arrays.copyOf(testLoss, n), Arrays.copyOf(trainAccuracy, n), Arrays.copyOf(testAccuracy, n),
                    Arrays.copyOf(nfeForward, n), Arrays.copyOf(nfeBackward, n), Arrays.copyOf(accepted, n),
                    Arrays.copyOf(rejected, n), Arrays.copyOf(damping, n), Arrays.copyOf(millis, n));
        }
    }

    /** A history holding a saved run's rows, which a reopened session goes on from. */
    static TrainingHistory of(RunHistory saved) {
        TrainingHistory h = new TrainingHistory();
        int[] it = saved.iteration();
        double[] trL = saved.trainLoss();
        double[] teL = saved.testLoss();
        double[] trA = saved.trainAccuracy();
        double[] teA = saved.testAccuracy();
        long[] nf = saved.nfeForward();
        long[] nb = saved.nfeBackward();
        int[] ac = saved.accepted();
        int[] rj = saved.rejected();
        double[] g = saved.damping();
        double[] ms = saved.millis();
        for (int i = 0; i < saved.size(); i++) {
            h.add(it[i], trL[i], teL[i], trA[i], teA[i], nf[i], nb[i], ac[i], rj[i], g[i], ms[i]);
        }
        return h;
    }

    void add(IterationMetrics m) {
        add(m.iteration(), m.trainLoss(), m.testLoss(), m.trainAccuracy(), m.testAccuracy(), m.nfeForward(),
                m.nfeBackward(), m.accepted(), m.rejected(), m.damping(), m.millis());
    }

    private void add(int it, double trL, double teL, double trA, double teA, long nf, long nb, int ac, int rj,
                     double g, double ms) {
        if (size == iteration.length) {
            int capacity = size * 2;
            iteration = Arrays.copyOf(iteration, capacity);
            trainLoss = Arrays.copyOf(trainLoss, capacity);
            testLoss = Arrays.copyOf(testLoss, capacity);
            trainAccuracy = Arrays.copyOf(trainAccuracy, capacity);
            testAccuracy = Arrays.copyOf(testAccuracy, capacity);
            nfeForward = Arrays.copyOf(nfeForward, capacity);
            nfeBackward = Arrays.copyOf(nfeBackward, capacity);
            damping = Arrays.copyOf(damping, capacity);
            millis = Arrays.copyOf(millis, capacity);
            accepted = Arrays.copyOf(accepted, capacity);
            rejected = Arrays.copyOf(rejected, capacity);
        }
        iteration[size] = it;
        trainLoss[size] = trL;
        testLoss[size] = teL;
        trainAccuracy[size] = trA;
        testAccuracy[size] = teA;
        nfeForward[size] = nf;
        nfeBackward[size] = nb;
        damping[size] = g;
        millis[size] = ms;
        accepted[size] = ac;
        rejected[size] = rj;
        forwardTotal += nf;
        backwardTotal += nb;
        size++;
    }

    View view() {
        return new View(size, iteration, trainLoss, testLoss, trainAccuracy, testAccuracy, nfeForward, nfeBackward,
                damping, forwardTotal, backwardTotal, millis, accepted, rejected);
    }
}
