package org.nodelab.session.compare;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.nodelab.train.IterationMetrics;

/**
 * A run's per-iteration figures as immutable columns (float arrays, one per {@link Metric}), with the derived
 * cumulative NFE (forward plus backward) and cumulative wall time, so that every curve can share one
 * {@link XAxis}. A figure a source did not record (a live history keeps no step counts) is NaN.
 */
public final class RunSeries {

    /** One iteration as a source reports it; NaN for a figure it does not have. */
    public record Point(int iteration, double seconds, double trainLoss, double testLoss, double testAccuracy,
                        long nfeForward, long nfeBackward, double accepted, double rejected) {

        public static Point of(IterationMetrics m) {
            return new Point(m.iteration(), m.millis() / 1000, m.trainLoss(), m.testLoss(), m.testAccuracy(),
                    m.nfeForward(), m.nfeBackward(), m.accepted(), m.rejected());
        }
    }

    private static final RunSeries EMPTY = new Builder().build();

    private final int size;
    private final int[] iteration;
    private final Map<Metric, double[]> columns;
    private final double[] cumulativeNfe;
    private final double[] cumulativeSeconds;

    private RunSeries(int size, int[] iteration, Map<Metric, double[]> columns, double[] cumulativeNfe,
                      double[] cumulativeSeconds) {
        this.size = size;
        this.iteration = iteration;
        this.columns = columns;
        this.cumulativeNfe = cumulativeNfe;
        this.cumulativeSeconds = cumulativeSeconds;
    }

    public static RunSeries empty() {
        return EMPTY;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int iteration(int i) {
        return iteration[check(i)];
    }

    /** The last iteration's number, or 0 for an empty series. */
    public int lastIteration() {
        return size == 0 ? 0 : iteration[size - 1];
    }

    public double value(Metric metric, int i) {
        return columns.get(metric)[check(i)];
    }

    /** A copy of one metric's column. */
    public double[] values(Metric metric) {
        return columns.get(metric).clone();
    }

    /** Position {@code i} on the chosen x-axis. */
    public double x(XAxis axis, int i) {
        check(i);
        return switch (axis) {
            case ITERATION -> iteration[i];
            case WALL_SECONDS -> cumulativeSeconds[i];
            case CUMULATIVE_NFE -> cumulativeNfe[i];
        };
    }

    /** A copy of the x positions on the chosen axis. */
    public double[] xs(XAxis axis) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = x(axis, i);
        }
        return out;
    }

    /** NFE forward plus backward summed over the run. */
    public double totalNfe() {
        return size == 0 ? 0 : cumulativeNfe[size - 1];
    }

    /** Wall time summed over the run, or NaN when the source recorded none. */
    public double totalSeconds() {
        return size == 0 ? 0 : cumulativeSeconds[size - 1];
    }

    /** Whether every iteration has its wall time, so that the wall-time axis can be drawn. */
    public boolean hasWallTime() {
        return size == 0 || Double.isFinite(cumulativeSeconds[size - 1]);
    }

    /** Whether the source recorded this metric at all (a live history has no step counts). */
    public boolean has(Metric metric) {
        double[] column = columns.get(metric);
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(column[i])) {
                return true;
            }
        }
        return false;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of a series of " + size);
        }
        return i;
    }

    /** Collects points in iteration order; not thread-safe. */
    public static final class Builder {

        private int size;
        private int[] iteration = new int[64];
        private final Map<Metric, double[]> columns = new EnumMap<>(Metric.class);
        private double[] cumulativeNfe = new double[64];
        private double[] cumulativeSeconds = new double[64];

        public Builder() {
            for (Metric m : Metric.values()) {
                columns.put(m, new double[64]);
            }
        }

        public int size() {
            return size;
        }

        /** The last iteration added, or 0 before the first. */
        public int lastIteration() {
            return size == 0 ? 0 : iteration[size - 1];
        }

        /**
         * @throws IllegalArgumentException when the iteration does not follow the last one, or an NFE is negative
         */
        public Builder add(Point p) {
            if (size > 0 && p.iteration() <= iteration[size - 1]) {
                throw new IllegalArgumentException("iteration " + p.iteration() + " comes after iteration "
                        + iteration[size - 1] + "; iterations must increase");
            }
            if (p.nfeForward() < 0 || p.nfeBackward() < 0) {
                throw new IllegalArgumentException("iteration " + p.iteration() + " has a negative NFE");
            }
            if (!(p.seconds() >= 0) && !Double.isNaN(p.seconds())) {
                throw new IllegalArgumentException("iteration " + p.iteration() + " has a negative wall time");
            }
            if (size == iteration.length) {
                int capacity = size * 2;
                iteration = Arrays.copyOf(iteration, capacity);
                cumulativeNfe = Arrays.copyOf(cumulativeNfe, capacity);
                cumulativeSeconds = Arrays.copyOf(cumulativeSeconds, capacity);
                columns.replaceAll((m, c) -> Arrays.copyOf(c, capacity));
            }
            iteration[size] = p.iteration();
            put(Metric.TRAIN_LOSS, p.trainLoss());
            put(Metric.TEST_LOSS, p.testLoss());
            put(Metric.TEST_ACCURACY, p.testAccuracy());
            put(Metric.NFE_FORWARD, p.nfeForward());
            put(Metric.NFE_BACKWARD, p.nfeBackward());
            put(Metric.ACCEPTED_STEPS, p.accepted());
            put(Metric.REJECTED_STEPS, p.rejected());
            put(Metric.SECONDS_PER_ITERATION, p.seconds());
            double before = size == 0 ? 0 : cumulativeNfe[size - 1];
            cumulativeNfe[size] = before + p.nfeForward() + p.nfeBackward();
            double secondsBefore = size == 0 ? 0 : cumulativeSeconds[size - 1];
            cumulativeSeconds[size] = secondsBefore + p.seconds();
            size++;
            return this;
        }

        public Builder add(IterationMetrics m) {
            return add(Point.of(m));
        }

        private void put(Metric m, double value) {
            columns.get(m)[size] = value;
        }

        public RunSeries build() {
            Map<Metric, double[]> copy = new EnumMap<>(Metric.class);
            columns.forEach((m, c) -> copy.put(m, Arrays.copyOf(c, size)));
            return new RunSeries(size, Arrays.copyOf(iteration, size), copy, Arrays.copyOf(cumulativeNfe, size),
                    Arrays.copyOf(cumulativeSeconds, size));
        }
    }
}
