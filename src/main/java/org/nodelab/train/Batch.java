package org.nodelab.train;

import java.util.SplittableRandom;

/**
 * Which training rows one iteration uses: all of them, or a seeded random subset that depends only on the
 * seed and the iteration number, so a run replays identically.
 */
record Batch(int[] rows) {

    static Batch of(int available, int batchSize, int iteration, long seed) {
        if (batchSize <= 0 || batchSize >= available) {
            int[] all = new int[available];
            for (int i = 0; i < available; i++) {
                all[i] = i;
            }
            return new Batch(all);
        }
        // A partial Fisher–Yates shuffle: the first batchSize entries are a uniform sample without repeats.
        int[] order = new int[available];
        for (int i = 0; i < available; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + iteration);
        for (int i = 0; i < batchSize; i++) {
            int j = i + random.nextInt(available - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return new Batch(java.util.Arrays.copyOf(order, batchSize));
    }

    int size() {
        return rows.length;
    }

    /** The chosen rows of a row-major array with {@code width} numbers per row. */
    double[] gather(double[] all, int width) {
        double[] out = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(all, rows[i] * width, out, i * width, width);
        }
        return out;
    }

    int[] gather(int[] all) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }
}
