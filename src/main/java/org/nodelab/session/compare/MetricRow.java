package org.nodelab.session.compare;

import java.util.List;

/**
 * One final metric across the runs, with each run's change against the pinned run.
 *
 * @param values        each run's figure (NaN where it has none)
 * @param delta         value − pinned value (0 for the pinned run itself; NaN where either is missing)
 * @param deltaPercent  100 · delta / |pinned value| (NaN when the pinned value is 0 or missing)
 * @param verdicts      whether each run's change is better or worse for this metric
 */
public record MetricRow(Metric metric, MetricSummary summary, int k, List<Double> values, List<Double> delta,
                        List<Double> deltaPercent, List<Verdict> verdicts) {

    /** A change judged by the metric's direction. */
    public enum Verdict { PINNED, BETTER, WORSE, SAME, UNKNOWN }

    public MetricRow {
        values = List.copyOf(values);
        delta = List.copyOf(delta);
        deltaPercent = List.copyOf(deltaPercent);
        verdicts = List.copyOf(verdicts);
    }

    static MetricRow of(List<ComparedRun> runs, int pinned, Metric metric, MetricSummary summary, int k) {
        double reference = summary.of(runs.get(pinned), metric, k);
        java.util.List<Double> values = new java.util.ArrayList<>();
        java.util.List<Double> delta = new java.util.ArrayList<>();
        java.util.List<Double> percent = new java.util.ArrayList<>();
        java.util.List<Verdict> verdicts = new java.util.ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            double v = summary.of(runs.get(i), metric, k);
            double d = v - reference;
            values.add(v);
            delta.add(d);
            percent.add(reference == 0 || Double.isNaN(reference) ? Double.NaN : 100 * d / Math.abs(reference));
            Verdict verdict;
            if (i == pinned) {
                verdict = Verdict.PINNED;
            } else if (Double.isNaN(d)) {
                verdict = Verdict.UNKNOWN;
            } else if (d == 0) {
                verdict = Verdict.SAME;
            } else {
                verdict = metric.better().improves(v, reference) ? Verdict.BETTER : Verdict.WORSE;
            }
            verdicts.add(verdict);
        }
        return new MetricRow(metric, summary, k, values, delta, percent, verdicts);
    }
}
