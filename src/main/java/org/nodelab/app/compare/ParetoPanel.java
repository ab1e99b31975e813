package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.nodelab.app.views.common.ChartParts;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.Palette;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Metric;
import org.nodelab.session.compare.MetricSummary;

/**
 * Final test accuracy against compute: one point per shown run in its colour, x the forward NFE per iteration
 * (mean of the last iterations) or the cost per request from the cost panel, and the Pareto front (runs no
 * other run beats on both) as a step line. Up and left is better.
 */
final class ParetoPanel {

    enum Axis { NFE, COST }

    private final XYSeriesCollection points = new XYSeriesCollection();
    private final XYSeriesCollection front = new XYSeriesCollection();
    private final XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    private final NumberAxis x = new NumberAxis("NFE forward per iteration");
    private final ChartView chart;
    private final ChoiceBox<Axis> axis = new ChoiceBox<>(FXCollections.observableArrayList(Axis.values()));
    private final BorderPane card = new BorderPane();
    private int shown;

    ParetoPanel(Runnable changed) {
        NumberAxis y = new NumberAxis("test accuracy");
        y.setAutoRangeIncludesZero(false);
        x.setAutoRangeIncludesZero(false);
        // Points at the very edge of the plot read as cut off: leave a margin round them.
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setLowerMargin(0.15);
            a.setUpperMargin(0.15);
        }
        XYPlot plot = new XYPlot(points, x, y, dots);
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, new java.awt.Color(0x8c959f));
        steps.setSeriesStroke(0, ChartParts.DASHED);
        plot.setDataset(1, front);
        plot.setRenderer(1, steps);
        chart = new ChartView("pareto chart", plot, false);
        axis.setValue(Axis.NFE);
        axis.setId("paretoAxis");
        axis.setPrefWidth(150);
        axis.setMaxWidth(Region.USE_PREF_SIZE);
        axis.setTooltip(new Tooltip("x: forward NFE per iteration, or the cost per request of the cost panel"));
        axis.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Axis a) {
                return a == Axis.COST ? "cost per request" : "NFE forward";
            }

            @Override
            public Axis fromString(String s) {
                return null;
            }
        });
        axis.setOnAction(e -> changed.run());
        Label title = new Label("Accuracy vs");
        title.getStyleClass().add("view-title");
        Tooltip.install(title, new Tooltip("Final test accuracy against compute; the dashed step line is the "
                + "Pareto front. Up and left is better."));
        HBox head = new HBox(8, title, axis);
        head.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(head, new Insets(2, 8, 0, 8));
        card.setTop(head);
        card.setCenter(chart.viewer());
        card.getStyleClass().add("view-pane");
        card.setId("paretoCurve");
        card.setMinSize(0, 0);
    }

    Region root() {
        return card;
    }

    ChartView chart() {
        return chart;
    }

    Axis axis() {
        return axis.getValue();
    }

    /** Runs drawn as points in the last fill. */
    int shown() {
        return shown;
    }

    /**
     * @param cost each run's cost per request, NaN where the cost panel has none yet (used on the cost axis)
     */
    void request(List<ComparedRun> runs, List<Integer> colours, ToDoubleFunction<ComparedRun> cost) {
        Axis a = axis.getValue();
        List<double[]> xy = new ArrayList<>();
        for (ComparedRun r : runs) {
            double accuracy = MetricSummary.LAST.of(r, Metric.TEST_ACCURACY, 1);
            double at = a == Axis.COST ? cost.applyAsDouble(r)
                    : MetricSummary.MEAN_OF_LAST.of(r, Metric.NFE_FORWARD, DiffTablePane.MEAN_OF_LAST);
            xy.add(new double[] {at, accuracy});
        }
        List<Integer> colourCopy = List.copyOf(colours);
        List<String> ids = runs.stream().map(ComparedRun::id).toList();
        chart.request(() -> fill(ids, xy, colourCopy, a));
    }

    private void fill(List<String> ids, List<double[]> xy, List<Integer> colours, Axis a) {
        x.setLabel(a == Axis.COST ? "cost per request ($)" : "NFE forward per iteration (mean of last "
                + DiffTablePane.MEAN_OF_LAST + ")");
        points.removeAllSeries();
        front.removeAllSeries();
        shown = 0;
        List<double[]> finite = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            XYSeries s = new XYSeries(ids.get(i), false, true);
            double[] p = xy.get(i);
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                s.add(p[0], p[1], false);
                finite.add(p);
                shown++;
            }
            points.addSeries(s);
            dots.setSeriesPaint(i, Palette.awt(colours.get(i)), false);
            dots.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12), false);
        }
        XYSeries pareto = new XYSeries("Pareto front", false, true);
        for (double[] p : paretoFront(finite)) {
            pareto.add(p[0], p[1], false);
        }
        front.addSeries(pareto);
    }

    /** The points no other point beats on both counts (less compute, more accuracy), by increasing compute. */
    static List<double[]> paretoFront(List<double[]> xy) {
        List<double[]> sorted = new ArrayList<>(xy);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparing(p -> -p[1]));
        List<double[]> out = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (double[] p : sorted) {
            if (p[1] > best) {
                out.add(p);
                best = p[1];
            }
        }
        return out;
    }
}
