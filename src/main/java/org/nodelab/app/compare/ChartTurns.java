package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.List;

import org.nodelab.app.headless.RenderProfile;
import org.nodelab.app.views.common.ChartView;

/**
 * The compare window's charts take turns as the main window's do: at most one due chart redraws per pulse. Each
 * redraws at most once a second (the main window's charts: every {@link ChartView#MIN_INTERVAL_NANOS}): with
 * several trainer threads on few cores the FX thread gets a small share of a core, and six charts at the main
 * window's pace took most of it (bench ui --compare 4), while a race reads as well at one frame a second. Now that
 * the drawing happens on the chart renderer's thread the cost is in training speed instead: at half a second the
 * four runs trained at 0.29–0.32 of their speed alone, against 0.38–0.44 at one second (2 cores).
 */
final class ChartTurns {

    /** The slowest pace of a chart's redraws while figures change. */
    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final List<ChartView> charts = new ArrayList<>();
    private final java.util.Map<ChartView, Long> drawnAt = new java.util.HashMap<>();
    private final RenderProfile profile = new RenderProfile();
    private int next;

    void add(List<ChartView> more) {
        charts.addAll(more);
    }

    /** Runs the next due chart's update, if any. */
    void pulse(long now) {
        charts.forEach(ChartView::present);
        for (int i = 0; i < charts.size(); i++) {
            ChartView c = charts.get((next + i) % charts.size());
            if (c.due(now) && now - drawnAt.getOrDefault(c, Long.MIN_VALUE / 2) >= INTERVAL_NANOS) {
                drawnAt.put(c, now);
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
        charts.forEach(ChartView::flushAndDrawNow);
    }

    void setDark(boolean dark) {
        charts.forEach(c -> c.setDark(dark));
    }

    RenderProfile profile() {
        return profile;
    }
}
