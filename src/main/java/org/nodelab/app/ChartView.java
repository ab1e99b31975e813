package org.nodelab.app;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A JFreeChart on the FX thread. Chart data is changed only inside {@link #batch}, which turns the chart's own
 * change events off so that a whole update costs one redraw. Views {@link #request} an update; the dashboard
 * runs at most one chart's pending update per pulse ({@link #flush}), so a pulse never pays for every chart.
 */
final class ChartView {

    private final JFreeChart chart;
    private final ChartViewer viewer;
    private Runnable pending;

    ChartView(JFreeChart chart) {
        this.chart = chart;
        this.viewer = new ChartViewer(chart, false);
        viewer.setMinSize(60, 60);
        // The tooltips of JFreeChart's mouse handlers cost a chart search per mouse move; the views don't need them.
        viewer.getCanvas().setTooltipEnabled(false);
    }

    JFreeChart chart() {
        return chart;
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** Asks for an update at a coming pulse; a newer request replaces one not yet run. */
    void request(Runnable fill) {
        pending = fill;
    }

    boolean hasPending() {
        return pending != null;
    }

    /** Runs the pending update, if any, as one batch. */
    void flush() {
        Runnable fill = pending;
        pending = null;
        if (fill != null) {
            batch(fill);
        }
    }

    void batch(Runnable changes) {
        chart.setNotify(false);
        try {
            changes.run();
        } finally {
            chart.setNotify(true);
        }
    }

    void setDark(boolean dark) {
        batch(() -> ChartStyle.apply(chart, dark));
    }
}
