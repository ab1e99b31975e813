package org.nodelab.session.compare;

import java.util.ArrayList;
import java.util.List;
import org.nodelab.train.TrainingConfig;

/**
 * The runs being compared (1 to {@link #MAX_RUNS}) and which one is pinned as the reference: the entry point
 * for the diff table, the fairness check, colours and seed groups. Immutable and cheap; build a new one when
 * the selection, the pin or a live run's series changes.
 */
public final class Comparison {

    /** A comparison of more runs than this is unreadable, and the palette has this many colours. */
    public static final int MAX_RUNS = RunColours.PALETTE_SIZE;
    /** What the compare command and the window ask for before they compare. */
    public static final int MIN_RUNS = 2;

    private final List<ComparedRun> runs;
    private final int pinned;

    public Comparison(List<ComparedRun> runs, int pinned) {
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("compare 1 to " + MAX_RUNS + " runs, not " + runs.size());
        }
        if (pinned < 0 || pinned >= runs.size()) {
            throw new IllegalArgumentException("the pinned run must be 1.." + runs.size() + ", not " + (pinned + 1));
        }
        this.runs = List.copyOf(runs);
        this.pinned = pinned;
    }

    public List<ComparedRun> runs() {
        return runs;
    }

    /** Index of the reference run. */
    public int pinned() {
        return pinned;
    }

    public ComparedRun pinnedRun() {
        return runs.get(pinned);
    }

    /** The index of the run with this name, or of this 1-based number; −1 when none. */
    public static int find(List<ComparedRun> runs, String nameOrNumber) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).name().equals(nameOrNumber)) {
                return i;
            }
        }
        try {
            int n = Integer.parseInt(nameOrNumber.trim());
            return n >= 1 && n <= runs.size() ? n - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One distinct colour index per run, each its stable one where free. */
    public List<Integer> colours() {
        return RunColours.assign(runs);
    }

    public List<TrainingConfig> configs() {
        List<TrainingConfig> out = new ArrayList<>();
        for (ComparedRun r : runs) {
            out.add(r.config());
        }
        return out;
    }

    /** The settings on which the runs differ, and only those. */
    public List<SettingRow> settings() {
        return SettingsDiff.of(configs());
    }

    /** Every metric summarized the chosen way, with Δ and Δ% against the pinned run. */
    public List<MetricRow> metrics(MetricSummary summary, int k) {
        List<MetricRow> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            rows.add(MetricRow.of(runs, pinned, m, summary, k));
        }
        return rows;
    }

    public Fairness fairness() {
        return Fairness.check(configs());
    }

    /** Runs that differ only in their seeds, grouped in order of first appearance. */
    public List<RunGroup> groups() {
        return RunGroup.bySeedsOnly(runs);
    }
}
