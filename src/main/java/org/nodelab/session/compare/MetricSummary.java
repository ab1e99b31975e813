package org.nodelab.session.compare;

/** How a metric's curve becomes one number in the diff table (MLflow #6348 asks for more than the last). */
public enum MetricSummary {
    /** The last iteration's value. */
    LAST,
    /** The best value over the run, by the metric's own direction. */
    BEST,
    /** The mean over the last k iterations (fewer when the run is shorter). */
    MEAN_OF_LAST;

    /**
     * The summary of one metric of a run; NaN values (failed or unrecorded figures) are skipped, and a run
     * with no such value gives NaN. A run with no series (a model file alone) gives its saved final figures
     * for {@link #LAST} and NaN otherwise.
     */
    public double of(ComparedRun run, Metric metric, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        RunSeries s = run.series();
        if (s.isEmpty()) {
            return this == LAST ? saved(run, metric) : Double.NaN;
        }
        return switch (this) {
            case LAST -> last(s, metric);
            case BEST -> best(s, metric);
            case MEAN_OF_LAST -> meanOfLast(s, metric, k);
        };
    }

    private static double last(RunSeries s, Metric metric) {
        for (int i = s.size() - 1; i >= 0; i--) {
            double v = s.value(metric, i);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return Double.NaN;
    }

    private static double best(RunSeries s, Metric metric) {
        double best = Double.NaN;
        for (int i = 0; i < s.size(); i++) {
            double v = s.value(metric, i);
            if (!Double.isNaN(v) && (Double.isNaN(best) || metric.better().improves(v, best))) {
                best = v;
            }
        }
        return best;
    }

    private static double meanOfLast(RunSeries s, Metric metric, int k) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, s.size() - k); i < s.size(); i++) {
            double v = s.value(metric, i);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double saved(ComparedRun run, Metric metric) {
        if (run.summary() == null) {
            return Double.NaN;
        }
        return switch (metric) {
            case TRAIN_LOSS -> run.summary().finalTrainLoss();
            case TEST_LOSS -> run.summary().finalTestLoss();
            case TEST_ACCURACY -> run.summary().finalTestAccuracy();
            default -> Double.NaN;
        };
    }
}
