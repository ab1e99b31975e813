package org.nodelab.train.data;

import java.util.Random;

/**
 * Shared bookkeeping for the synthetic classification sets: how many points each class gets, and a stratified
 * split into train and test parts. Stratifying keeps both parts balanced, so a test accuracy is never skewed by
 * an unlucky split; shuffling afterwards interleaves the classes so that mini-batches taken in order are mixed.
 */
final class BalancedClasses {

    private BalancedClasses() {
    }

    /** Points of class c when {@code total} points are spread over {@code classes}: sizes differ by at most one. */
    static int countOf(int total, int classes, int c) {
        return total / classes + (c < total % classes ? 1 : 0);
    }

    /**
     * Builds a classification dataset from points grouped by class.
     *
     * @param pointsByClass [class][point] → coordinates (each of length {@code dimension})
     */
    static Dataset assemble(String name, String description, int dimension, double[][][] pointsByClass,
                            double testFraction, Random random) {
        int classes = pointsByClass.length;
        int total = 0;
        int testTotal = 0;
        int[] testCounts = new int[classes];
        for (int c = 0; c < classes; c++) {
            int n = pointsByClass[c].length;
            // Rounding per class keeps the parts balanced; at least one point of each class stays in training.
            testCounts[c] = Math.min(n - 1, (int) Math.round(n * testFraction));
            total += n;
            testTotal += testCounts[c];
        }
        int[] trainOrder = new int[total - testTotal];
        int[] testOrder = new int[testTotal];
        double[][] all = new double[total][];
        int[] allLabels = new int[total];
        int index = 0;
        int trainFill = 0;
        int testFill = 0;
        for (int c = 0; c < classes; c++) {
            int n = pointsByClass[c].length;
            // Which points of the class go to the test part is itself random (the points were drawn i.i.d.,
            // but a shuffle keeps this correct even for a generator that emits points in a systematic order).
            int[] permutation = shuffledRange(n, random);
            for (int i = 0; i < n; i++) {
                all[index] = pointsByClass[c][permutation[i]];
                allLabels[index] = c;
                if (i < testCounts[c]) {
                    testOrder[testFill++] = index;
                } else {
                    trainOrder[trainFill++] = index;
                }
                index++;
            }
        }
        shuffle(trainOrder, random);
        shuffle(testOrder, random);
        return Dataset.classification(name, description, classes, part(dimension, all, allLabels, trainOrder),
                part(dimension, all, allLabels, testOrder));
    }

    private static DataPart part(int dimension, double[][] all, int[] allLabels, int[] order) {
        double[] features = new double[order.length * dimension];
        int[] labels = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(all[order[i]], 0, features, i * dimension, dimension);
            labels[i] = allLabels[order[i]];
        }
        return DataPart.labeled(dimension, features, labels);
    }

    static int[] shuffledRange(int n, Random random) {
        int[] range = new int[n];
        for (int i = 0; i < n; i++) {
            range[i] = i;
        }
        shuffle(range, random);
        return range;
    }

    /** Fisher–Yates, written out so that the sequence of draws (hence the data per seed) never changes. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
