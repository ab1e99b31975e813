package org.nodelab.session.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.nodelab.train.IterationMetrics;

/**
 * Figures over runs: per run, from its iterations; per group, the mean over its seeds. A run with no good
 * iteration gives NaN, and NaN makes a group's mean NaN, so a failure is never averaged away.
 */
final class RunFigures {

    /** Test accuracy is noisy from one iteration to the next: the final figure averages the last few. */
    static final int FINAL_WINDOW = 10;

    private RunFigures() {
    }

    /** Results by group, groups in plan order. */
    static Map<String, List<RunResult>> byGroup(List<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            groups.computeIfAbsent(r.run().group(), g -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** Mean of a per-iteration figure over the whole run. */
    static double perIteration(RunResult r, ToDoubleFunction<IterationMetrics> figure) {
        return mean(r.metrics(), figure);
    }

    /** Mean test accuracy over the last {@link #FINAL_WINDOW} iterations. */
    static double finalAccuracy(RunResult r) {
        List<IterationMetrics> m = r.metrics();
        return mean(m.subList(Math.max(0, m.size() - FINAL_WINDOW), m.size()), IterationMetrics::testAccuracy);
    }

    /**
     * Forward plus backward NFE summed over the iterations up to and including the first whose test accuracy
     * reaches the target; NaN when it never does.
     */
    static double nfeToReach(RunResult r, double target) {
        double sum = 0;
        for (IterationMetrics m : r.metrics()) {
            sum += m.nfeForward() + m.nfeBackward();
            if (m.testAccuracy() >= target) {
                return sum;
            }
        }
        return Double.NaN;
    }

    /** Mean over a group's runs of a per-run figure; NaN if any run's is NaN. */
    static double overSeeds(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
        double sum = 0;
        for (RunResult r : runs) {
            sum += figure.applyAsDouble(r);
        }
        return runs.isEmpty() ? Double.NaN : sum / runs.size();
    }

    /** How many of a group's runs reached the target at all. */
    static int reached(List<RunResult> runs, double target) {
        int n = 0;
        for (RunResult r : runs) {
            n += Double.isNaN(nfeToReach(r, target)) ? 0 : 1;
        }
        return n;
    }

    static String seeds(List<RunResult> runs) {
        StringBuilder s = new StringBuilder();
        for (RunResult r : runs) {
            s.append(s.length() == 0 ? "" : ",").append(r.run().config().data().seed());
        }
        return s.toString();
    }

    /** Faults of a group's runs, joined, or null when every run completed. */
    static String faults(List<RunResult> runs) {
        StringBuilder s = new StringBuilder();
        for (RunResult r : runs) {
            if (r.fault() != null) {
                s.append(s.length() == 0 ? "" : "; ").append(r.run().name()).append(": ").append(r.fault());
            }
        }
        return s.length() == 0 ? null : s.toString();
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** A number rounded for a table: 3 significant decimals is all a seed's noise allows. */
    static Double round(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(x * scale) / scale;
    }

    private static double mean(List<IterationMetrics> m, ToDoubleFunction<IterationMetrics> figure) {
        if (m.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (IterationMetrics x : m) {
            sum += figure.applyAsDouble(x);
        }
        return sum / m.size();
    }
}
