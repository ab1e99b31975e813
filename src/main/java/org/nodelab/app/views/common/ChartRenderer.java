package org.nodelab.app.views.common;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws charts into pixels on one background thread, so that a chart's redraw (8–25 ms of JFreeChart layout, text
 * measuring and path building when several trainers share two cores: {@code bench ui --compare 4}) never runs
 * inside an FX pulse. The FX thread hands over a {@link ChartCopy} and later shows the finished pixels; only the
 * copy is drawn here, so the FX thread keeps sole ownership of every chart it changes.
 */
final class ChartRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ChartRenderer.class);

    /**
     * Held by every JFreeChart draw, on any thread: a copy shares a few objects with its original that drawing
     * changes (tick units' number formats, a legend's item container), so two draws never overlap.
     */
    static final ReentrantLock DRAW_LOCK = new ReentrantLock();

    /** The most pixels one frame may have (a 4K screen): a larger surface is drawn at a lower scale. */
    static final long MAX_PIXELS = 3840L * 2160L;

    private static final ChartRenderer SHARED = new ChartRenderer();

    private final LinkedBlockingQueue<ChartView> queue = new LinkedBlockingQueue<>();

    private ChartRenderer() {
        Thread t = new Thread(this::loop, "chart renderer");
        t.setDaemon(true);
        t.start();
    }

    static ChartRenderer shared() {
        return SHARED;
    }

    /** Asks for the view's newest copy to be drawn; the view takes care not to queue itself twice. */
    void schedule(ChartView view) {
        queue.add(view);
    }

    private void loop() {
        while (true) {
            ChartView view;
            try {
                view = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                view.drawQueued();
            } catch (RuntimeException | OutOfMemoryError e) {
                // A chart that fails to draw keeps its last picture; the thread goes on drawing the others.
                LOG.warn("Could not draw the {}: {}", view.name(), e.toString());
            }
        }
    }

    /** Draws {@code chart} into a new frame of {@code width × height} layout units at {@code scale}. */
    static ChartFrame draw(JFreeChart chart, double width, double height, double scale, long generation) {
        double s = scale;
        double pixels = width * s * height * s;
        if (pixels > MAX_PIXELS) {
            s *= Math.sqrt(MAX_PIXELS / pixels);
        }
        int w = Math.max(1, (int) Math.ceil(width * s));
        int h = Math.max(1, (int) Math.ceil(height * s));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        DRAW_LOCK.lock();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(w / width, h / height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            DRAW_LOCK.unlock();
            g.dispose();
        }
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new ChartFrame(data, w, h, width, height, generation);
    }
}
