package org.nodelab.app.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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
        plot.getDomainAxis().setLabel(training ? "iteration" : "exponent index");
        // Markers: an explored system's spectrum is a handful of points, and an opened model has one analysis.
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < SHOWN_EXPONENTS; i++) {
            renderer.setSeriesShapesVisible(i, !training || points.size() < ChartParts.MARKED_BELOW);
            renderer.setSeriesShape(i, ChartParts.marker());
        }
        if (!training) {
            XYSeries spectrum = new XYSeries("λᵢ (mean over starts)", false, true);
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
        g.fillText("λ₁ by starting point", w / 2, 2);
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
        double spanX = Math.max(xMax - xMin, 1e-9);
        double spanY = Math.max(yMax - yMin, 1e-9);
        double top = 18;
        double bottom = 16;
        double radius = Math.max(4, Math.min(10, Math.min(w, h) / 18));
        for (int p = 0; p < largest.length; p++) {
            double px = radius + (start[p * n] - xMin) / spanX * (w - 2 * radius);
            double py = top + radius + (yMax - start[p * n + y]) / spanY * (h - top - bottom - 2 * radius);
            g.setFill(Palette.diverging(scale == 0 ? 0 : largest[p] / scale));
            g.fillOval(px - radius, py - radius, 2 * radius, 2 * radius);
            g.setStroke(text.deriveColor(0, 1, 1, 0.5));
            g.strokeOval(px - radius, py - radius, 2 * radius, 2 * radius);
        }
        g.setFill(text);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(String.format("±%.2g", scale), w / 2, h - 1);
    }

    @Override
    public void setDark(boolean on) {
        super.setDark(on);
        dark = on;
        drawMap();
    }
}
