package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import org.nodelab.app.views.common.ChartParts;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.IterationAxis;
import org.nodelab.app.views.common.LogTickFormat;
import org.nodelab.app.views.common.Palette;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Metric;
import org.nodelab.session.compare.RunGroup;
import org.nodelab.session.compare.RunSeries;
import org.nodelab.session.compare.Smoothing;
import org.nodelab.session.compare.XAxis;

/**
 * One curve chart of the compare view: a metric (or two, train solid and test dashed) of every shown run, each in
 * its run's colour, over the x-axis the window chose. A small multiple: the charts share the axis choice, so a
 * reader compares runs at equal iterations, equal seconds or equal compute. Several shown seeds of one
 * configuration (the engine's {@link RunGroup}) are drawn as their mean with a min–max band, in the colour of
 * the group's first run, instead of one line each.
 */
final class CurvePanel {

    private final String title;
    private final Metric[] metrics;
    private final boolean log;
    /** The curves and bands as last filled; each fill builds new ones and sets them once (see {@link #fill}). */
    private XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    private YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    private final DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
    private final XYPlot plot;
    private final ChartView chart;
    private final BorderPane card = new BorderPane();
    private XAxis shownAxis;
    private int points;

    /** @param metrics one metric, or two drawn solid then dashed (train and test loss) */
    CurvePanel(String id, String title, String help, Metric... metrics) {
        this.title = title;
        this.metrics = metrics.clone();
        this.log = metrics[0].logScale();
        ValueAxis range;
        if (log) {
            LogAxis axis = new LogAxis(null);
            axis.setSmallestValue(1e-6);
            axis.setNumberFormatOverride(new LogTickFormat());
            range = axis;
        } else {
            NumberAxis axis = new NumberAxis(null);
            axis.setAutoRangeIncludesZero(metrics[0] != Metric.TEST_ACCURACY);
            range = axis;
        }
        plot = new XYPlot(data, new IterationAxis(), range, lines);
        plot.setDataset(1, bands);
        plot.setRenderer(1, bandRenderer);
        bandRenderer.setAlpha(0.2f);
        chart = new ChartView(id + " chart", plot, false);
        Label heading = new Label(title);
        heading.getStyleClass().add("view-title");
        Tooltip.install(heading, new Tooltip(help));
        BorderPane.setMargin(heading, new Insets(4, 8, 0, 8));
        card.setTop(heading);
        card.setCenter(chart.viewer());
        card.getStyleClass().add("view-pane");
        card.setId(id + "Curve");
        card.setMinSize(0, 0);
        card.setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
    }

    Region root() {
        return card;
    }

    ChartView chart() {
        return chart;
    }

    String title() {
        return title;
    }

    /** Points drawn in the last fill, over every series: what tests read. */
    int points() {
        return points;
    }

    /** Asks for a redraw from these rows at the next turn of this chart. */
    /** @param smoothing the EMA weight of the curves, 0 for raw (a group's band is always raw) */
    void request(List<RunRow> rows, List<Integer> colours, XAxis axis, double smoothing) {
        List<RunRow> copy = List.copyOf(rows);
        List<Integer> colourCopy = List.copyOf(colours);
        chart.request(() -> fill(copy, colourCopy, axis, smoothing));
    }

    private void fill(List<RunRow> rows, List<Integer> colours, XAxis axis, double smoothing) {
        if (axis != shownAxis) {
            shownAxis = axis;
            NumberAxis x = axis == XAxis.ITERATION ? new IterationAxis() : new NumberAxis();
            x.setLabel(axis.unit().isEmpty() ? axis.label() : axis.label() + " (" + axis.unit() + ")");
            x.setAutoRangeIncludesZero(false);
            plot.setDomainAxis(x);
            // A new axis takes the theme's fonts and colours from the next restyle; copy them now.
            x.setLabelFont(plot.getRangeAxis().getTickLabelFont().deriveFont(12f));
            x.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
            x.setLabelPaint(plot.getRangeAxis().getTickLabelPaint());
            x.setTickLabelPaint(plot.getRangeAxis().getTickLabelPaint());
            x.setAxisLinePaint(plot.getRangeAxis().getAxisLinePaint());
        }
        // Fresh collections, filled off the plot and set once: adding series to a collection the plot listens to
        // re-ranged the axes over all data at every series added.
        data = new XYSeriesCollection();
        bands = new YIntervalSeriesCollection();
        List<ComparedRun> runs = rows.stream().map(RunRow::run).toList();
        java.util.Set<String> banded = new java.util.HashSet<>();
        int drawn = 0;
        int b = 0;
        for (RunGroup g : RunGroup.bySeedsOnly(runs)) {
            if (g.members().size() < 2) {
                continue;
            }
            int colour = colours.get(runs.indexOf(g.members().get(0)));
            for (int m = 0; m < metrics.length; m++) {
                drawn += band(g, metrics[m], axis, b, colour, m == 0);
                b++;
            }
            g.members().forEach(r -> banded.add(r.id()));
        }
        int s = 0;
        int size = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (banded.contains(rows.get(r).id())) {
                continue;
            }
            RunSeries series = rows.get(r).series();
            size = Math.max(size, series.size());
            boolean hasX = axis != XAxis.WALL_SECONDS || series.hasWallTime();
            for (int m = 0; m < metrics.length; m++) {
                boolean drawable = hasX && series.has(metrics[m]);
                double[] raw = drawable ? values(series, metrics[m]) : new double[0];
                java.awt.Color colour = Palette.awt(colours.get(r));
                if (smoothing > 0) {
                    // The raw curve stays behind, faint, so that smoothing never hides a spike.
                    drawn += curve(series, axis, raw, rows.get(r).id() + " " + metrics[m].id() + " raw", s++,
                            Palette.awt(colours.get(r), 0.25), m, false);
                    raw = Smoothing.ema(raw, smoothing);
                }
                drawn += curve(series, axis, raw, rows.get(r).id() + " " + metrics[m].id(), s++, colour, m,
                        series.size() < ChartParts.MARKED_BELOW);
            }
        }
        plot.setDataset(0, data);
        plot.setDataset(1, bands);
        points = drawn;
    }

    /** One metric's value at every row of the series. */
    private static double[] values(RunSeries series, Metric metric) {
        double[] y = new double[series.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = series.value(metric, i);
        }
        return y;
    }

    /** Adds one curve of {@code y} over the axis, thinned to the chart's stride, as series {@code s}. */
    private int curve(RunSeries series, XAxis axis, double[] y, String key, int s, java.awt.Color colour, int metric,
                      boolean marked) {
        XYSeries curve = new XYSeries(key, false, true);
        int drawn = 0;
        int stride = ChartParts.stride(y.length);
        for (int i = 0; i < y.length; i += stride) {
            drawn += add(curve, series.x(axis, i), y[i]);
        }
        int last = y.length - 1;
        if (last >= 0 && last % stride != 0) {
            // The newest point is always drawn: the race is read at its front.
            drawn += add(curve, series.x(axis, last), y[last]);
        }
        data.addSeries(curve);
        lines.setSeriesPaint(s, colour, false);
        lines.setSeriesStroke(s, metric == 0 ? ChartParts.LINE : ChartParts.DASHED, false);
        lines.setSeriesShapesVisible(s, marked);
        lines.setSeriesShape(s, ChartParts.marker(), false);
        return drawn;
    }

    /** A group's mean and min–max band of one metric, thinned like a curve. */
    private int band(RunGroup g, Metric metric, XAxis axis, int index, int colour, boolean solid) {
        RunGroup.Band band = g.band(metric, axis);
        YIntervalSeries series = new YIntervalSeries(g.name() + " " + metric.id(), false, true);
        int stride = ChartParts.stride(band.size());
        int drawn = 0;
        for (int i = 0; i < band.size(); i += stride) {
            double x = band.x()[i];
            double y = band.mean()[i];
            if (Double.isFinite(x) && Double.isFinite(y) && (!log || band.min()[i] > 0)) {
                series.add(x, y, band.min()[i], band.max()[i]);
                drawn++;
            }
        }
        bands.addSeries(series);
        bandRenderer.setSeriesPaint(index, Palette.awt(colour), false);
        bandRenderer.setSeriesFillPaint(index, Palette.awt(colour), false);
        bandRenderer.setSeriesStroke(index, solid ? ChartParts.LINE : ChartParts.DASHED, false);
        return drawn;
    }

    private int add(XYSeries curve, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || (log && y <= 0)) {
            return 0;
        }
        curve.add(x, y, false);
        return 1;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%d points)", title, points);
    }

    static List<CurvePanel> standard() {
        List<CurvePanel> out = new ArrayList<>();
        out.add(new CurvePanel("accuracy", "Test accuracy", "Share of held-out test points classified right",
                Metric.TEST_ACCURACY));
        out.add(new CurvePanel("loss", "Loss (log): train ━ test ╌", "Training loss solid, test loss dashed, on a "
                + "log scale", Metric.TRAIN_LOSS, Metric.TEST_LOSS));
        out.add(new CurvePanel("nfeForward", "NFE forward per iteration", "Function evaluations of the training "
                + "forward solve: the cost of a prediction", Metric.NFE_FORWARD));
        out.add(new CurvePanel("nfeBackward", "NFE backward per iteration", "Evaluations of the backward pass "
                + "(adjoint solve), as torchdiffeq's NFE-B", Metric.NFE_BACKWARD));
        out.add(new CurvePanel("seconds", "Seconds per iteration", "Training wall time of each iteration on this "
                + "machine, test evaluation included", Metric.SECONDS_PER_ITERATION));
        return out;
    }
}
