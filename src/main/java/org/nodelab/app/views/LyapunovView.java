package org.nodelab.app.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.nodelab.app.views.common.ChartLiveView;
import org.nodelab.app.views.common.ChartParts;
import org.nodelab.app.views.common.ChartStyle;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.NiceTicks;
import org.nodelab.app.views.common.Palette;
import org.nodelab.session.AnalysisSnapshot;

/**
 * Finite-time Lyapunov exponents of the flow over [0, T]: the averaged spectrum over training (or, for an
 * explored system, the spectrum itself), and a map of each tracked point's largest exponent at its starting
 * point, blue where the flow contracts and red where nearby starts fly apart.
 */
public final class LyapunovView extends ChartLiveView {

    /** The largest exponents are the ones that explain the flow; more lines only crowd the chart. */
    private static final int SHOWN_EXPONENTS = 6;

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final ChartView chart;
    private final Pane mapSurface = new Pane();
    private final Canvas map = new Canvas();
    private AnalysisSnapshot shown;
    private long experiment = Long.MIN_VALUE;
    private Frame frame;
    private boolean dark;
    private boolean training;
    /** Iteration and averaged spectrum of every analysis so far in this run. */
    private final List<double[]> points = new ArrayList<>();

    public LyapunovView() {
        super("lyapunov");
        NumberAxis y = new NumberAxis("exponent");
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < SHOWN_EXPONENTS; i++) {
            renderer.setSeriesPaint(i, Palette.awt(i));
            renderer.setSeriesStroke(i, ChartParts.LINE);
        }
        chart = addChart("lyapunov chart", new XYPlot(data, ChartParts.iterationAxis(), y, renderer), true);
        mapSurface.getChildren().add(map);
        mapSurface.setMinSize(80, 80);
        mapSurface.setPrefWidth(200);
        Tooltip tip = new Tooltip("Each tracked point's largest exponent λ₁ at its starting point: blue where nearby "
                + "starts merge (contracting), red where they fly apart. The bar gives the scale.");
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        Tooltip.install(mapSurface, tip);
        map.widthProperty().bind(mapSurface.widthProperty());
        map.heightProperty().bind(mapSurface.heightProperty());
        map.widthProperty().addListener(o -> drawMap());
        map.heightProperty().addListener(o -> drawMap());
        HBox content = new HBox(4, chart.viewer(), mapSurface);
        HBox.setHgrow(chart.viewer(), Priority.ALWAYS);
        chart.viewer().setPrefWidth(260);
        setContent("Lyapunov", "Finite-time Lyapunov exponents of the flow over [0, T], averaged over the "
                + "tracked points: positive means nearby starts separate, negative means they merge. The map shows "
                + "each point's largest exponent where it starts.", content);
    }

    @Override
    public Map<String, String> figures() {
        return Map.of("points", Integer.toString(data.getSeriesCount() == 0 ? 0 : data.getSeries(0).getItemCount()));
    }

    @Override
    public void render(Frame next) {
        AnalysisSnapshot a = next.analysis();
        boolean modeChanged = frame == null || next.training() != training || next.experiment() != experiment;
        experiment = next.experiment();
        frame = next;
        if (a == shown && !modeChanged) {
            return;
        }
        if (modeChanged || a == null || (shown != null && a.iteration() <= shown.iteration() && a != shown)) {
            points.clear();
        }
        training = next.training();
        shown = a;
        if (a != null && a.lyapunovMean().length > 0) {
            double[] row = new double[a.lyapunovMean().length + 1];
            row[0] = a.iteration();
            System.arraycopy(a.lyapunovMean(), 0, row, 1, a.lyapunovMean().length);
            points.add(row);
        }
        chart.request(this::fill);
        drawMap();
    }

    private void fill() {
        data.removeAllSeries();
        if (shown == null || shown.lyapunovMean().length == 0) {
            return;
        }
        double[] mean = shown.lyapunovMean();
        int count = Math.min(SHOWN_EXPONENTS, mean.length);
        XYPlot plot = chart.chart().getXYPlot();
        plot.getDomainAxis().setLabel(training ? "iteration" : "index i");
        // Markers: an explored system's spectrum is a handful of points, and an opened model has one analysis.
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < SHOWN_EXPONENTS; i++) {
            renderer.setSeriesShapesVisible(i, !training || points.size() < ChartParts.MARKED_BELOW);
            renderer.setSeriesShape(i, ChartParts.marker());
        }
        if (!training) {
            XYSeries spectrum = new XYSeries("mean λᵢ", false, true);
            for (int i = 0; i < mean.length; i++) {
                spectrum.add(i + 1, mean[i], false);
            }
            data.addSeries(spectrum);
            return;
        }
        for (int i = 0; i < count; i++) {
            XYSeries series = new XYSeries("λ" + ChartParts.subscript(i + 1), false, true);
            for (double[] row : points) {
                if (row.length > i + 1) {
                    series.add(row[0], row[i + 1], false);
                }
            }
            data.addSeries(series);
        }
    }

    /**
     * The map of each tracked point's largest exponent where it starts: framed, with round ticks on both axes
     * named after the state components, and a colour bar saying what blue and red mean.
     */
    private void drawMap() {
        GraphicsContext g = map.getGraphicsContext2D();
        double w = map.getWidth();
        double h = map.getHeight();
        ChartStyle.Colors colors = ChartStyle.colors(dark);
        g.setFill(Palette.fx(colors.background()));
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(11));
        Color text = Palette.fx(colors.mutedText());
        g.setFill(text);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // A narrow map keeps its title short, so that it clears the axis name in the corner.
        g.fillText(w < 150 ? "λ₁" : "λ₁ by start", w / 2, 2);
        if (shown == null || shown.lyapunovLargest().length == 0 || shown.trajectories().length == 0) {
            return;
        }
        double[] largest = shown.lyapunovLargest();
        double[] start = shown.trajectories()[0];
        int n = shown.stateDimension();
        int y = n > 1 ? 1 : 0;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (int p = 0; p < largest.length; p++) {
            xMin = Math.min(xMin, start[p * n]);
            xMax = Math.max(xMax, start[p * n]);
            yMin = Math.min(yMin, start[p * n + y]);
            yMax = Math.max(yMax, start[p * n + y]);
            if (Double.isFinite(largest[p])) {
                scale = Math.max(scale, Math.abs(largest[p]));
            }
        }
        double padX = Math.max((xMax - xMin) * 0.08, 1e-3);
        double padY = Math.max((yMax - yMin) * 0.08, 1e-3);
        xMin -= padX;
        xMax += padX;
        yMin -= padY;
        yMax += padY;
        double left = 34;
        double top = 18;
        double right = 6;
        double bottom = 44;
        double pw = Math.max(1, w - left - right);
        double ph = Math.max(1, h - top - bottom);
        Color grid = Palette.fx(colors.grid());
        g.setStroke(grid);
        g.setLineWidth(1);
        double xStep = NiceTicks.step(xMin, xMax, (int) Math.max(2, Math.min(5, pw / 50)));
        double yStep = NiceTicks.step(yMin, yMax, (int) Math.max(2, Math.min(5, ph / 35)));
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        // In a narrow map the labels of neighbouring ticks would run into each other: a label is left out when
        // it would touch the last one drawn (the grid line stays).
        double labelEnd = Double.NEGATIVE_INFINITY;
        for (double v : NiceTicks.of(xMin, xMax, (int) Math.max(2, Math.min(5, pw / 50)))) {
            double px = left + (v - xMin) / (xMax - xMin) * pw;
            g.strokeLine(px, top, px, top + ph);
            String label = NiceTicks.label(v, xStep);
            double half = label.length() * TICK_CHAR_WIDTH / 2;
            if (px - half > labelEnd + 3) {
                g.fillText(label, px, top + ph + 1);
                labelEnd = px + half;
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : NiceTicks.of(yMin, yMax, (int) Math.max(2, Math.min(5, ph / 35)))) {
            double py = top + (yMax - v) / (yMax - yMin) * ph;
            g.strokeLine(left, py, left + pw, py);
            g.fillText(NiceTicks.label(v, yStep), left - 3, py);
        }
        g.setStroke(Palette.fx(colors.axis()));
        g.strokeRect(left, top, pw, ph);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("↑" + frame.variableName(y), 2, 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(frame.variableName(0) + "→", left + pw, top + ph + 13);
        double radius = Math.max(3, Math.min(8, Math.min(pw, ph) / 20));
        for (int p = 0; p < largest.length; p++) {
            double px = left + (start[p * n] - xMin) / (xMax - xMin) * pw;
            double py = top + (yMax - start[p * n + y]) / (yMax - yMin) * ph;
            g.setFill(Palette.diverging(scale == 0 ? 0 : largest[p] / scale));
            g.fillOval(px - radius, py - radius, 2 * radius, 2 * radius);
            g.setStroke(text.deriveColor(0, 1, 1, 0.5));
            g.strokeOval(px - radius, py - radius, 2 * radius, 2 * radius);
        }
        drawColourBar(g, 2, h - 14, w - 4, scale, text);
    }

    /** About how wide one character of the 11-pixel tick font is, for keeping tick labels apart. */
    private static final double TICK_CHAR_WIDTH = 6.5;

    /** The legend: a blue–white–red bar from −scale (contracting) to +scale (expanding). */
    private static void drawColourBar(GraphicsContext g, double x, double y, double width, double scale, Color text) {
        // The labels sit at the bar's ends; a narrow map gives them less room, never less than the text needs.
        double labelRoom = Math.min(34, Math.max(26, width / 4));
        double barX = x + labelRoom;
        double barW = Math.max(10, width - 2 * labelRoom);
        int steps = 24;
        for (int i = 0; i < steps; i++) {
            g.setFill(Palette.diverging(-1 + 2.0 * (i + 0.5) / steps));
            g.fillRect(barX + barW * i / steps, y, barW / steps + 0.5, 8);
        }
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format("−%.2g", scale), barX - 2, y + 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format("+%.2g", scale), barX + barW + 2, y + 4);
    }

    @Override
    public void setDark(boolean on) {
        super.setDark(on);
        dark = on;
        drawMap();
    }
}
