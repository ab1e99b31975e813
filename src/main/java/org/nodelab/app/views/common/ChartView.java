package org.nodelab.app.views.common;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * A JFreeChart on the FX thread. Chart data is changed only inside {@link #batch}, which turns the chart's own
 * change events off so that a whole update costs one redraw. Views {@link #request} an update; the dashboard
 * runs at most one chart's pending update per pulse ({@link #flush}), so a pulse never pays for every chart.
 * Every chart view is built here, so the setup that keeps redraws cheap and the theme are the same for all.
 */
public final class ChartView {

    private final String name;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private Runnable pending;
    private long lastDraw = Long.MIN_VALUE / 2;
    /** A chart redraws at most this often: enough to look live, and it bounds what the charts cost the FX thread. */
    public static final long MIN_INTERVAL_NANOS = 400_000_000L;

    /**
     * @param name   what the render profile calls this chart ("spectrum chart")
     * @param legend whether the chart shows a legend
     */
    public ChartView(String name, XYPlot plot, boolean legend) {
        this.name = name;
        this.chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        this.viewer = new ChartViewer(chart, false);
        viewer.setMinSize(60, 60);
        viewer.getStyleClass().add("chart-viewer-surface");
        // The tooltips of JFreeChart's mouse handlers cost a chart search per mouse move; the views don't need them.
        viewer.getCanvas().setTooltipEnabled(false);
        // Item entities exist for tooltips and clicks, which these charts don't use; creating one per item per
        // redraw was a large part of a redraw's cost.
        for (int r = 0; r < plot.getRendererCount(); r++) {
            if (plot.getRenderer(r) != null) {
                plot.getRenderer(r).setDefaultCreateEntities(false);
            }
        }
        ChartStyle.apply(chart, false);
    }

    public String name() {
        return name;
    }

    public JFreeChart chart() {
        return chart;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Asks for an update at a coming pulse; a newer request replaces one not yet run. */
    public void request(Runnable fill) {
        pending = fill;
    }

    /** Whether an update is pending and the chart has not redrawn in the last {@link #MIN_INTERVAL_NANOS}. */
    public boolean due(long now) {
        return pending != null && now - lastDraw >= MIN_INTERVAL_NANOS;
    }

    /** Runs the pending update, if any, as one batch. */
    public void flush(long now) {
        Runnable fill = pending;
        pending = null;
        if (fill != null) {
            lastDraw = now;
            batch(fill);
        }
    }

    public void batch(Runnable changes) {
        chart.setNotify(false);
        try {
            changes.run();
        } finally {
            chart.setNotify(true);
        }
    }

    public void setDark(boolean dark) {
        batch(() -> ChartStyle.apply(chart, dark));
    }
}
