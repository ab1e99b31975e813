package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.List;

import org.nodelab.app.headless.RenderProfile;
import org.nodelab.app.views.common.ChartView;

/**
 * The compare window's charts take turns as the main window's do: at most one due chart redraws per pulse,
 * each at most every {@link ChartView#MIN_INTERVAL_NANOS}, so four live runs feeding six charts never cost one
 * pulse more than one redraw.
 */
final class ChartTurns {

    private final List<ChartView> charts = new ArrayList<>();
    private final RenderProfile profile = new RenderProfile();
    private int next;

    void add(List<ChartView> more) {
        charts.addAll(more);
    }

    /** Runs the next due chart's update, if any. */
    void pulse(long now) {
        for (int i = 0; i < charts.size(); i++) {
            ChartView c = charts.get((next + i) % charts.size());
            if (c.due(now)) {
                long t0 = System.nanoTime();
                c.flush(now);
                profile.record(c.name(), System.nanoTime() - t0);
                next = (next + i + 1) % charts.size();
                return;
            }
        }
    }

    /** Runs every pending update now (before a screenshot, so the picture shows the newest figures). */
    void flushAll() {
        long now = System.nanoTime();
        charts.forEach(c -> c.flush(now));
    }

    void setDark(boolean dark) {
        charts.forEach(c -> c.setDark(dark));
    }

    RenderProfile profile() {
        return profile;
    }
}
