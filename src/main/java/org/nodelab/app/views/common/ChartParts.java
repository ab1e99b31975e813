package org.nodelab.app.views.common;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The pieces several chart views build the same way: the iteration axis, line strokes, thinning long histories
 * and markers for short ones. They live here so that no view borrows from another.
 */
public final class ChartParts {

    /** A history curve draws at most this many points: more look the same and cost a redraw each. */
    public static final int MAX_POINTS = 300;
    /** Below this many iterations lines alone hide the points, so the points get markers. */
    public static final int MARKED_BELOW = 30;
    public static final BasicStroke LINE = new BasicStroke(1.6f);
    public static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {5, 4}, 0);

    private ChartParts() {
    }

    /** An x axis of whole iterations that starts where the run does and never collapses to a point. */
    public static NumberAxis iterationAxis() {
        return new IterationAxis();
    }

    /** The step through a history of {@code size} entries that keeps at most {@link #MAX_POINTS} of them. */
    public static int stride(int size) {
        return Math.max(1, (size + MAX_POINTS - 1) / MAX_POINTS);
    }

    /** Lines alone hide a run of one or two iterations; markers show them until the lines carry the picture. */
    public static void markSmallSeries(ChartView view, int size) {
        XYPlot plot = view.chart().getXYPlot();
        for (int r = 0; r < plot.getRendererCount(); r++) {
            if (plot.getRenderer(r) instanceof XYLineAndShapeRenderer lines) {
                lines.setDefaultShapesVisible(size < MARKED_BELOW);
                for (int i = 0; i < 4; i++) {
                    lines.setSeriesShapesVisible(i, size < MARKED_BELOW);
                    lines.setSeriesShape(i, marker());
                }
            }
        }
    }

    /** The small round marker of a point on a curve. */
    public static Ellipse2D marker() {
        return new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    }

    /** {@code n} in subscript digits, as in λ₁₂ (the state names use the same digits). */
    public static String subscript(int n) {
        return org.nodelab.model.StateNames.subscript(n);
    }
}
