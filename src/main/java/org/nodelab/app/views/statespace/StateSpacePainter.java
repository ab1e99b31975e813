package org.nodelab.app.views.statespace;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.nodelab.app.views.common.ChartStyle;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.NiceTicks;
import org.nodelab.app.views.common.Palette;
import org.nodelab.session.AnalysisSnapshot;
import org.nodelab.session.FieldSlice;
import org.nodelab.session.Projection;
import org.nodelab.train.data.Dataset;

/**
 * Draws one picture of the state space onto a canvas: zero lines, the decision regions, the data, the field's
 * arrows at time t and the trajectories up to t. It keeps no state between pictures, so any frame can be
 * drawn at any time (a resize, the time slider, an animation step).
 */
final class StateSpacePainter {

    /**
     * What one picture shows.
     *
     * @param bounds    xMin, xMax, yMin, yMax of the world shown (null: nothing finite to draw)
     * @param regions   the decision-region image, or null
     * @param p         the state components on the axes, fitted to the state's dimension
     * @param inputPlane whether the axes are two input features, so the data and the regions belong there
     * @param time      the time shown, as a fraction of the integration time
     */
    record Picture(Frame frame, double[] bounds, Image regions, Projection p, boolean inputPlane, double time,
                   boolean dark) {
    }

    private StateSpacePainter() {
    }

    /**
     * Paints {@code picture} over the whole canvas.
     *
     * @return the caption of the time shown ("t = 0.50"), for the label beside the slider
     */
    static String paint(GraphicsContext g, double w, double h, Picture picture) {
        ChartStyle.Colors colors = ChartStyle.colors(picture.dark());
        g.setFill(Palette.fx(colors.background()));
        g.fillRect(0, 0, w, h);
        Frame frame = picture.frame();
        AnalysisSnapshot a = frame == null ? null : frame.analysis();
        double[] bounds = picture.bounds();
        if (a == null || bounds == null || w < 20 || h < 20) {
            g.setFill(Palette.fx(colors.mutedText()));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(a == null ? "Preparing the first picture of the flow…"
                    : "Nothing finite to draw: the trajectories blew up.", w / 2, h / 2);
            return "t = –";
        }
        Projection p = picture.p();
        PlotMapping m = new PlotMapping(bounds, w, h);
        drawAxes(g, m, bounds, frame, p, colors);
        // Everything of the flow stays inside the plot, clear of the ticks and the caption.
        g.save();
        g.beginPath();
        g.rect(m.plotLeft, m.plotTop, m.plotWidth, m.plotHeight);
        g.closePath();
        g.clip();
        drawZeroLines(g, m, bounds, colors);
        boolean regions = picture.regions() != null && picture.inputPlane() && p.x() == 0 && p.y() == 1;
        if (regions) {
            AnalysisSnapshot.DecisionGrid grid = a.grid();
            double x0 = m.x(grid.xMin());
            double x1 = m.x(grid.xMax());
            double y0 = m.y(grid.yMax());
            double y1 = m.y(grid.yMin());
            g.setImageSmoothing(true);
            g.drawImage(picture.regions(), x0, y0, x1 - x0, y1 - y0);
        }
        if (picture.inputPlane()) {
            drawData(g, m, frame.data(), p);
        }
        double end = a.times()[a.times().length - 1];
        double t = picture.time() * end;
        drawArrows(g, m, a.field(), p, t, colors);
        drawTrajectories(g, m, a, p, t, frame.classes());
        g.restore();
        drawCaption(g, w, h, regions, colors);
        return String.format("t = %.2f", t);
    }

    private static void drawData(GraphicsContext g, PlotMapping m, Dataset data, Projection p) {
        double[] x = data.train().features();
        int d = data.featureDimension();
        int[] labels = data.train().isLabeled() ? data.train().labels() : null;
        for (int i = 0, row = 0; i + d <= x.length; i += d, row++) {
            g.setFill(Palette.fx(labels == null ? 0 : labels[row], 0.28));
            g.fillOval(m.x(x[i + p.x()]) - 2, m.y(x[i + p.y()]) - 2, 4, 4);
        }
    }

    private static void drawArrows(GraphicsContext g, PlotMapping m, FieldSlice slice, Projection p, double t,
                                   ChartStyle.Colors colors) {
        if (slice == null || !slice.projection().equals(p)) {
            return;
        }
        int k = slice.nearest(t);
        int r = slice.resolution();
        double cell = Math.min(Math.abs(m.x(slice.xMin() + (slice.xMax() - slice.xMin()) / r) - m.x(slice.xMin())),
                Math.abs(m.y(slice.yMin() + (slice.yMax() - slice.yMin()) / r) - m.y(slice.yMin())));
        double longest = 0;
        for (int i = 0; i < r * r; i++) {
            double len = Math.hypot(slice.dx()[k][i] * m.sx, slice.dy()[k][i] * m.sy);
            if (Double.isFinite(len)) {
                longest = Math.max(longest, len);
            }
        }
        if (longest == 0) {
            return;
        }
        g.setStroke(Palette.fx(colors.mutedText()).deriveColor(0, 1, 1, 0.75));
        g.setLineWidth(1);
        for (int row = 0; row < r; row++) {
            for (int c = 0; c < r; c++) {
                int i = row * r + c;
                double vx = slice.dx()[k][i] * m.sx;
                double vy = -slice.dy()[k][i] * m.sy;
                double len = Math.hypot(vx, vy);
                if (!Double.isFinite(len) || len == 0) {
                    continue;
                }
                // Length grows with speed but saturates, so slow regions still show a direction.
                double shown = 0.85 * cell * Math.sqrt(len / longest);
                double ux = vx / len;
                double uy = vy / len;
                double cx = m.x(slice.xMin() + (slice.xMax() - slice.xMin()) * (c + 0.5) / r);
                double cy = m.y(slice.yMin() + (slice.yMax() - slice.yMin()) * (row + 0.5) / r);
                double x0 = cx - ux * shown / 2;
                double y0 = cy - uy * shown / 2;
                double x1 = cx + ux * shown / 2;
                double y1 = cy + uy * shown / 2;
                g.strokeLine(x0, y0, x1, y1);
                double head = Math.min(5, 0.35 * shown);
                g.strokeLine(x1, y1, x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
                g.strokeLine(x1, y1, x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
            }
        }
    }

    private static void drawTrajectories(GraphicsContext g, PlotMapping m, AnalysisSnapshot a, Projection p,
                                         double t, int classes) {
        int n = a.stateDimension();
        int points = a.trackedCount();
        double[] times = a.times();
        int last = 0;
        while (last + 1 < times.length && times[last + 1] <= t + 1e-12) {
            last++;
        }
        double frac = last + 1 < times.length ? (t - times[last]) / (times[last + 1] - times[last]) : 0;
        g.setLineWidth(1.6);
        for (int q = 0; q < points; q++) {
            Color color = pointColor(a, q, points, classes);
            g.setStroke(color.deriveColor(0, 1, 1, 0.8));
            g.beginPath();
            boolean started = false;
            double hx = Double.NaN;
            double hy = Double.NaN;
            for (int s = 0; s <= last && s < a.trajectories().length; s++) {
                double x = a.trajectories()[s][q * n + p.x()];
                double y = a.trajectories()[s][q * n + p.y()];
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    break;
                }
                hx = x;
                hy = y;
                if (started) {
                    g.lineTo(m.x(x), m.y(y));
                } else {
                    g.moveTo(m.x(x), m.y(y));
                    started = true;
                }
            }
            // Between two saved times the head moves on linearly, so scrubbing and animating look smooth.
            if (frac > 0 && last + 1 < a.trajectories().length && Double.isFinite(hx)) {
                double nx = a.trajectories()[last + 1][q * n + p.x()];
                double ny = a.trajectories()[last + 1][q * n + p.y()];
                if (Double.isFinite(nx) && Double.isFinite(ny)) {
                    hx += frac * (nx - hx);
                    hy += frac * (ny - hy);
                    g.lineTo(m.x(hx), m.y(hy));
                }
            }
            g.stroke();
            if (Double.isFinite(hx)) {
                g.setFill(color);
                g.fillOval(m.x(hx) - 3.5, m.y(hy) - 3.5, 7, 7);
            }
        }
    }

    private static Color pointColor(AnalysisSnapshot a, int q, int points, int classes) {
        if (classes == 0) {
            // Explored systems: colour by where the point started, so neighbours stay recognisable.
            return Palette.fx(0).interpolate(Palette.fx(1), points <= 1 ? 0 : (double) q / (points - 1));
        }
        return Palette.fx(a.trackedLabels()[q]);
    }

    private static void drawZeroLines(GraphicsContext g, PlotMapping m, double[] bounds, ChartStyle.Colors colors) {
        g.setStroke(Palette.fx(colors.axis()));
        g.setLineWidth(1);
        if (bounds[0] < 0 && bounds[1] > 0) {
            g.strokeLine(m.x(0), m.plotTop, m.x(0), m.plotBottom());
        }
        if (bounds[2] < 0 && bounds[3] > 0) {
            g.strokeLine(m.plotLeft, m.y(0), m.plotLeft + m.plotWidth, m.y(0));
        }
    }

    /** The plot's frame, grid lines at round values, tick labels and the axis names. */
    private static void drawAxes(GraphicsContext g, PlotMapping m, double[] bounds, Frame frame, Projection p,
                                 ChartStyle.Colors colors) {
        g.setFont(Font.font(11));
        g.setLineWidth(1);
        Color grid = Palette.fx(colors.grid());
        Color text = Palette.fx(colors.mutedText());
        int xTicks = (int) Math.max(2, Math.min(8, m.plotWidth / 70));
        int yTicks = (int) Math.max(2, Math.min(8, m.plotHeight / 45));
        double xStep = NiceTicks.step(bounds[0], bounds[1], xTicks);
        double yStep = NiceTicks.step(bounds[2], bounds[3], yTicks);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double v : NiceTicks.of(bounds[0], bounds[1], xTicks)) {
            double x = m.x(v);
            g.setStroke(grid);
            g.strokeLine(x, m.plotTop, x, m.plotBottom());
            g.setFill(text);
            g.fillText(NiceTicks.label(v, xStep), x, m.plotBottom() + 2);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : NiceTicks.of(bounds[2], bounds[3], yTicks)) {
            double y = m.y(v);
            g.setStroke(grid);
            g.strokeLine(m.plotLeft, y, m.plotLeft + m.plotWidth, y);
            g.setFill(text);
            g.fillText(NiceTicks.label(v, yStep), m.plotLeft - 4, y);
        }
        g.setStroke(Palette.fx(colors.axis()));
        g.strokeRect(m.plotLeft, m.plotTop, m.plotWidth, m.plotHeight);
        // The axis names: x at the right end under the ticks, y at the top left above its ticks.
        g.setFill(Palette.fx(colors.text()));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(frame.variableName(p.x()) + " →", m.plotLeft + m.plotWidth, m.plotBottom() + 16);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("↑ " + frame.variableName(p.y()), 4, m.plotBottom() + 16);
    }

    private static void drawCaption(GraphicsContext g, double w, double h, boolean regions, ChartStyle.Colors colors) {
        // Only where it fits between the axis names; the view's tooltip says the same.
        if (regions && w >= 560) {
            g.setFill(Palette.fx(colors.mutedText()));
            g.setFont(Font.font(11));
            g.setTextBaseline(VPos.BOTTOM);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("shading: the class a point starting there gets", PlotMapping.LEFT + 40, h - 3);
        }
    }
}
