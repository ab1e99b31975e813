package org.nodelab.app.views.common;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.layout.Region;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JFreeChart shown in the FX scene, drawn off the FX thread. The chart itself belongs to the FX thread: views
 * change its data only inside {@link #batch}, which turns the chart's own change events off so that a whole
 * update is one change. Views {@link #request} an update; the dashboard runs at most one chart's pending update
 * per pulse ({@link #flush}). A changed chart is copied ({@link ChartCopy}) and drawn into pixels by the
 * {@link ChartRenderer}'s thread; a later pulse shows the pixels ({@link #present}). So a pulse pays for copying
 * data and showing pixels, never for JFreeChart's layout and drawing, which with several trainers on few cores
 * took longer than a pulse has. Every chart view is built here, so the setup that keeps redraws cheap and the
 * theme are the same for all.
 */
public final class ChartView {

    private static final Logger LOG = LoggerFactory.getLogger(ChartView.class);

    /** A chart redraws at most this often: enough to look live, and it bounds what the charts cost. */
    public static final long MIN_INTERVAL_NANOS = 400_000_000L;

    private final String name;
    private final JFreeChart chart;
    private final ChartSurface surface;
    private Runnable pending;
    private long lastDraw = Long.MIN_VALUE / 2;
    /** The chart changed since its last copy was handed over (FX thread only). */
    private boolean dirty = true;
    private long generation;
    /** The newest copy waiting for the renderer, and the newest frame waiting to be shown. */
    private final AtomicReference<Job> queued = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<ChartFrame> ready = new AtomicReference<>();
    private boolean copyFailed;

    private record Job(JFreeChart copy, double width, double height, double scale, long generation) {
    }

    /**
     * @param name   what the render profile calls this chart ("spectrum chart")
     * @param legend whether the chart shows a legend
     */
    public ChartView(String name, XYPlot plot, boolean legend) {
        this.name = name;
        this.chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        this.surface = new ChartSurface(() -> dirty = true);
        surface.setMinSize(60, 60);
        surface.getStyleClass().add("chart-viewer-surface");
        // Item entities exist for tooltips and clicks, which these charts don't use; creating one per item per
        // redraw was a large part of a redraw's cost.
        for (int r = 0; r < plot.getRendererCount(); r++) {
            if (plot.getRenderer(r) != null) {
                plot.getRenderer(r).setDefaultCreateEntities(false);
            }
        }
        ChartStyle.apply(chart, false);
        // Any change made with notification on (a batch's end, a view changing the chart directly, the theme)
        // asks for a new picture at the next pulse.
        chart.addChangeListener(e -> dirty = true);
    }

    public String name() {
        return name;
    }

    /** The chart, for the FX thread to change and read; other threads only ever see copies. */
    public JFreeChart chart() {
        return chart;
    }

    /** The node that shows the chart. */
    public Region viewer() {
        return surface;
    }

    /** Asks for an update at a coming pulse; a newer request replaces one not yet run. */
    public void request(Runnable fill) {
        pending = fill;
    }

    /** Whether an update is pending and the chart has not redrawn in the last {@link #MIN_INTERVAL_NANOS}. */
    public boolean due(long now) {
        return pending != null && now - lastDraw >= MIN_INTERVAL_NANOS;
    }

    /** Runs the pending update, if any, as one batch, and hands the changed chart to the renderer. */
    public void flush(long now) {
        Runnable fill = pending;
        pending = null;
        if (fill != null) {
            lastDraw = now;
            batch(fill);
        }
        handOver();
    }

    /**
     * Once per pulse, on the FX thread: shows the newest drawn frame, and hands the chart over again when it
     * changed outside an update (resized, restyled, a view's direct change).
     */
    public void present() {
        ChartFrame frame = ready.getAndSet(null);
        if (frame != null) {
            surface.show(frame);
        }
        handOver();
    }

    /** Runs the pending update and draws the result now, on this thread (before a screenshot or an export). */
    public void flushAndDrawNow() {
        flush(System.nanoTime());
        drawNow();
    }

    /** Draws the chart now on this thread and shows it (a screenshot or an export wants the newest picture). */
    public void drawNow() {
        if (!surface.hasArea()) {
            return;
        }
        dirty = false;
        surface.show(ChartRenderer.draw(chart, surface.getWidth(), surface.getHeight(), surface.renderScale(),
                ++generation));
    }

    /** Draws the chart into {@code g} at {@code width × height} (an SVG export), on the FX thread. */
    public void drawTo(Graphics2D g, double width, double height) {
        ChartRenderer.DRAW_LOCK.lock();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            ChartRenderer.DRAW_LOCK.unlock();
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

    /** The generation of the frame on screen, -1 before the first. */
    public long shownGeneration() {
        return surface.shownGeneration();
    }

    private void handOver() {
        if (!dirty || !surface.hasArea()) {
            return;
        }
        dirty = false;
        if (copyFailed) {
            drawNow();
            return;
        }
        JFreeChart copy;
        try {
            copy = ChartCopy.of(chart);
        } catch (CloneNotSupportedException e) {
            // Correct before fast: a chart that cannot be copied is drawn here, as JFreeChart's viewer drew it.
            LOG.warn("The {} is drawn on the FX thread: {}", name, e.getMessage());
            copyFailed = true;
            drawNow();
            return;
        }
        queued.set(new Job(copy, surface.getWidth(), surface.getHeight(), surface.renderScale(), ++generation));
        if (scheduled.compareAndSet(false, true)) {
            ChartRenderer.shared().schedule(this);
        }
    }

    /** On the renderer's thread: draws the newest queued copy, if any, into the frame the next pulse shows. */
    void drawQueued() {
        scheduled.set(false);
        Job job = queued.getAndSet(null);
        if (job == null) {
            return;
        }
        ChartFrame frame = ChartRenderer.draw(job.copy(), job.width(), job.height(), job.scale(), job.generation());
        ready.accumulateAndGet(frame, (old, next) -> old == null || next.generation() > old.generation() ? next : old);
    }
}
