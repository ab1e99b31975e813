package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.MetricRow;
import org.nodelab.session.compare.MetricSummary;
import org.nodelab.session.compare.Quantity;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.Savings;
import org.nodelab.session.compare.SettingRow;

/** The compare command's readable table on stderr: runs as columns, the pinned one marked with '*'. */
final class CompareTable {

    private static final int LABEL = 24;
    private static final int CELL = 26;

    private CompareTable() {
    }

    static void print(PrintWriter err, Comparison c, MetricSummary how, int k, List<RunCost> costs,
                      List<Savings> savings) {
        List<ComparedRun> runs = c.runs();
        StringBuilder b = new StringBuilder();
        row(b, "", i -> (i == c.pinned() ? "*" : "") + runs.get(i).name(), runs.size());
        row(b, "iterations", i -> String.valueOf(runs.get(i).iterations()), runs.size());
        row(b, "NFE F/B per iteration", i -> Double.isNaN(runs.get(i).meanNfeForward()) ? "—"
                : String.format(Locale.ROOT, "%.1f / %.1f (mean)", runs.get(i).meanNfeForward(),
                runs.get(i).meanNfeBackward()), runs.size());
        if (!c.settings().isEmpty()) {
            b.append("settings that differ:\n");
            for (SettingRow s : c.settings()) {
                row(b, "  " + s.path(), s.values()::get, runs.size());
            }
        }
        b.append("metrics (").append(how == MetricSummary.MEAN_OF_LAST ? "mean of last " + k
                : how.name().toLowerCase(Locale.ROOT)).append("; Δ% against *):\n");
        for (MetricRow m : c.metrics(how, k)) {
            row(b, "  " + m.metric().label(), i -> cell(m, i), runs.size());
        }
        b.append(c.fairness().comparable() ? "" : "! ").append(c.fairness().statement()).append('\n');
        if (costs != null) {
            b.append("cost:\n");
            row(b, "  latency", i -> costs.get(i) == null ? "failed" : ms(costs.get(i).latency()), runs.size());
            row(b, "  latency p95", i -> costs.get(i) == null ? "—" : ms(costs.get(i).latencyP95()), runs.size());
            row(b, "  core-hours/day", i -> costs.get(i) == null ? "—"
                    : fmt(costs.get(i).coreHoursPerDay().value()), runs.size());
            row(b, "  cost/day", i -> costs.get(i) == null ? "—" : fmt(costs.get(i).costPerDay().value()),
                    runs.size());
            row(b, "  training cost", i -> costs.get(i) == null || costs.get(i).trainingCost() == null ? "—"
                    : fmt(costs.get(i).trainingCost().value()), runs.size());
            row(b, "  payback (requests)", i -> savings.get(i) == null || savings.get(i).payback() == null ? "—"
                    : Double.isInfinite(savings.get(i).payback().value()) ? "never"
                    : fmt(savings.get(i).payback().value()), runs.size());
            for (Savings s : savings) {
                if (s != null) {
                    b.append("  ").append(s.explanation()).append('\n');
                    break;
                }
            }
        }
        err.print(b);
        err.flush();
    }

    private static String cell(MetricRow m, int i) {
        double v = m.values().get(i);
        if (Double.isNaN(v)) {
            return "—";
        }
        String value = fmt(v);
        return switch (m.verdicts().get(i)) {
            case PINNED, UNKNOWN -> value;
            case SAME -> value + " (=)";
            case BETTER, WORSE -> {
                double p = m.deltaPercent().get(i);
                String pct = Double.isNaN(p) ? "" : String.format(Locale.ROOT, " (%+.1f%% %s)", p,
                        m.verdicts().get(i) == MetricRow.Verdict.BETTER ? "better" : "worse");
                yield value + pct;
            }
        };
    }

    private static String ms(Quantity q) {
        return String.format(Locale.ROOT, "%.4g ms", q.value() * 1e3);
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static void row(StringBuilder b, String label, java.util.function.IntFunction<String> cell, int n) {
        b.append(pad(label, LABEL));
        for (int i = 0; i < n; i++) {
            b.append(pad(cell.apply(i), CELL));
        }
        b.append('\n');
    }

    private static String pad(String s, int width) {
        String t = s.length() >= width ? s.substring(0, width - 1) : s;
        return t + " ".repeat(width - t.length());
    }
}
