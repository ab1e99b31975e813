package org.nodelab.session;

import java.util.Arrays;
import org.nodelab.io.HistorySummary;
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

    private long forwardTotal;
    private long backwardTotal;

    /**
     * An immutable view of the first {@code size} entries.
     *
     * @param forwardTotal   forward NFE summed over those entries (kept as they are added: a view is read
     *                       once per frame, and a long run has many entries)
     * @param backwardTotal  backward NFE summed likewise
     */
    public record View(int size, int[] iteration, double[] trainLoss, double[] testLoss, double[] trainAccuracy,
                       double[] testAccuracy, long[] nfeForward, long[] nfeBackward, double[] damping,
                       long forwardTotal, long backwardTotal) {

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
    }

    void add(IterationMetrics m) {
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
        }
        iteration[size] = m.iteration();
        trainLoss[size] = m.trainLoss();
        testLoss[size] = m.testLoss();
        trainAccuracy[size] = m.trainAccuracy();
        testAccuracy[size] = m.testAccuracy();
        nfeForward[size] = m.nfeForward();
        nfeBackward[size] = m.nfeBackward();
        damping[size] = m.damping();
        forwardTotal += m.nfeForward();
        backwardTotal += m.nfeBackward();
        size++;
    }

    View view() {
        return new View(size, iteration, trainLoss, testLoss, trainAccuracy, testAccuracy, nfeForward, nfeBackward,
                damping, forwardTotal, backwardTotal);
    }
}
