package org.nodelab.app.compare;

import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.LiveRuns;
import org.nodelab.session.compare.RunSeries;
import org.nodelab.train.TrainingConfig;

/**
 * One run in the compare window, as its list row and every panel see it: the {@link ComparedRun} the engine
 * compares (id, name, config, series), an optional group (seeds of one configuration) and whether it is shown.
 * Its figures come either from a {@link LiveRun} (a new ComparedRun per new snapshot, same id) or from a file,
 * fixed. Confined to the FX thread.
 */
public final class RunRow {

    private final String group;
    private final LiveRun live;
    private ComparedRun run;
    private boolean shown = true;
    private long version;
    private boolean dirty = true;
    private long rebuiltAt = Long.MIN_VALUE / 2;
    /** Live figures are rebuilt at most this often. */
    static final long REFRESH_NANOS = 100_000_000L;

    private RunRow(ComparedRun run, String group, LiveRun live) {
        this.run = run;
        this.group = group;
        this.live = live;
    }

    static RunRow live(String id, String name, String group, LiveRun live) {
        return new RunRow(new ComparedRun(id, name, live.latest().config(), RunSeries.empty(), null, "live", null),
                group, live);
    }

    static RunRow fixed(ComparedRun run, String group) {
        return new RunRow(run, group, null);
    }

    public String id() {
        return run.id();
    }

    public String name() {
        return run.name();
    }

    /** The run as the engine compares it: the newest figures. */
    public ComparedRun run() {
        return run;
    }

    /** The group's name, or null for a run on its own. */
    public String group() {
        return group;
    }

    /** The live run behind this row, or null for a run read from a file. */
    public LiveRun live() {
        return live;
    }

    public TrainingConfig config() {
        return run.config();
    }

    public RunSeries series() {
        return run.series();
    }

    public boolean shown() {
        return shown;
    }

    void setShown(boolean on) {
        shown = on;
    }

    /** Rises whenever the series changed, so panels redraw only what moved. */
    public long version() {
        return version;
    }

    /**
     * Takes the live run's newest snapshot (every pulse, so the race is fed without delay) and rebuilds the
     * figures from it at most {@link #REFRESH_NANOS} apart (the compare design's 10 Hz), or at once when the run
     * stopped; returns whether the figures changed.
     */
    boolean pulse(long now) {
        if (live == null) {
            return false;
        }
        dirty |= live.poll() != null;
        boolean settled = !live.racing();
        if (!dirty || (!settled && now - rebuiltAt < REFRESH_NANOS)) {
            return false;
        }
        SessionSnapshot s = live.latest();
        run = LiveRuns.of(run.id(), run.name(), s);
        dirty = false;
        rebuiltAt = now;
        version++;
        return true;
    }
}
