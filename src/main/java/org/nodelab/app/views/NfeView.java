package org.nodelab.app.views;

import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.nodelab.app.views.common.ChartLiveView;
import org.nodelab.app.views.common.ChartParts;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.Palette;
import org.nodelab.ode.SolveStatistics;
import org.nodelab.session.TrainingHistory;
import org.nodelab.train.IterationMetrics;

/**
 * What the solver spends: large counters (forward and backward NFE of the last iteration, their sum, the run's
 * total, accepted against rejected steps), NFE per iteration over training, and the step sizes of the last
 * forward solve.
 */
public final class NfeView extends ChartLiveView {

    /** Bars of the step-size histogram: enough to see two regimes, few enough to read. */
    private static final int BINS = 10;

    private final Label forward = counter();
    private final Label backward = counter();
    private final Label perIteration = counter();
    private final Label total = counter();
    private final Label steps = counter();
    private final Label analysisNote = new Label();
    private final XYSeriesCollection nfe = new XYSeriesCollection();
    private final ChartView nfeChart;
    private final ChartView stepChart;
    private Frame frame;
    private int shownSize = -1;
    private Object shownSteps;

    public NfeView() {
        super("nfe");
        javafx.scene.layout.FlowPane counters = new javafx.scene.layout.FlowPane(14, 0);
        counters.getStyleClass().add("counters");
        addCounter(counters, 0, forward, "forward", "Evaluations of f in the last training forward solve");
        addCounter(counters, 1, backward, "backward", "Evaluations in the last backward pass (adjoint solve, "
                + "or recomputed stages for backprop): torchdiffeq's NFE-B");
        addCounter(counters, 2, perIteration, "per iter.", "Forward plus backward NFE of the last iteration");
        addCounter(counters, 3, total, "total", "Every evaluation of f in this run so far");
        addCounter(counters, 4, steps, "steps ✓/✗", "Accepted and rejected steps of the last forward solve");

        NumberAxis y = new NumberAxis("NFE");
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, Palette.awt(0));
        lines.setSeriesPaint(1, Palette.awt(1));
        lines.setSeriesStroke(0, ChartParts.LINE);
        lines.setSeriesStroke(1, ChartParts.LINE);
        nfeChart = addChart("nfe chart", new XYPlot(nfe, ChartParts.iterationAxis(), y, lines), true);

        NumberAxis h = new NumberAxis("step size h");
        h.setAutoRangeIncludesZero(false);
        NumberAxis count = new NumberAxis("steps");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer bars = new XYBarRenderer(0.08);
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Palette.awt(2));
        bars.setDrawBarOutline(false);
        stepChart = addChart("step-size chart", new XYPlot(new HistogramDataset(), h, count, bars), false);

        // Side by side where there is room, stacked in a narrow cell: squeezed beside the NFE chart, the step
        // histogram fell below what JFreeChart can draw and showed as a black box.
        javafx.scene.layout.GridPane charts = new javafx.scene.layout.GridPane();
        charts.setHgap(4);
        charts.setVgap(2);
        charts.setMinSize(0, 0);
        javafx.scene.layout.GridPane.setHgrow(nfeChart.viewer(), Priority.ALWAYS);
        javafx.scene.layout.GridPane.setVgrow(nfeChart.viewer(), Priority.ALWAYS);
        javafx.scene.layout.GridPane.setHgrow(stepChart.viewer(), Priority.ALWAYS);
        javafx.scene.layout.GridPane.setVgrow(stepChart.viewer(), Priority.ALWAYS);
        nfeChart.viewer().setPrefSize(240, 120);
        stepChart.viewer().setPrefSize(160, 120);
        nfeChart.viewer().setMinSize(0, 0);
        stepChart.viewer().setMinSize(0, 0);
        charts.widthProperty().addListener((o, was, now) -> arrange(charts, now.doubleValue()));
        arrange(charts, 600);
        analysisNote.getStyleClass().add("counter-caption");
        analysisNote.setPadding(new javafx.geometry.Insets(0, 10, 0, 10));
        analysisNote.setWrapText(true);
        VBox content = new VBox(2, counters, analysisNote, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        setContent("NFE", "Number of function evaluations: how often the solver called the network. "
                + "It is the cost of a neural ODE, and it grows when the learned dynamics get stiff or fast.", content);
    }

    /** Below this width the two charts stack instead of sitting side by side. */
    private static final double SIDE_BY_SIDE = 380;
    private Boolean sideBySide;

    private void arrange(javafx.scene.layout.GridPane charts, double width) {
        boolean wide = width <= 0 || width >= SIDE_BY_SIDE;
        if (sideBySide != null && sideBySide == wide) {
            return;
        }
        sideBySide = wide;
        charts.getChildren().clear();
        charts.getRowConstraints().clear();
        // Stacked, each chart gets half the height, and the NFE chart's legend gives its room to the curve.
        if (nfeChart.chart().getLegend() != null) {
            nfeChart.chart().getLegend().setVisible(wide);
        }
        if (!wide) {
            for (int r = 0; r < 2; r++) {
                javafx.scene.layout.RowConstraints row = new javafx.scene.layout.RowConstraints();
                row.setPercentHeight(50);
                row.setVgrow(Priority.ALWAYS);
                charts.getRowConstraints().add(row);
            }
        }
        if (wide) {
            charts.add(nfeChart.viewer(), 0, 0);
            charts.add(stepChart.viewer(), 1, 0);
        } else {
            charts.add(nfeChart.viewer(), 0, 0);
            charts.add(stepChart.viewer(), 0, 1);
        }
    }

    private static Label counter() {
        Label l = new Label("–");
        l.getStyleClass().add("counter-value");
        return l;
    }

    private static void addCounter(javafx.scene.layout.FlowPane grid, int column, Label value, String caption,
                                   String help) {
        Label c = new Label(caption);
        c.getStyleClass().add("counter-caption");
        VBox box = new VBox(-2, value, c);
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip(help));
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getChildren().add(box);
    }

    @Override
    public Map<String, String> figures() {
        int points = nfe.getSeriesCount() == 0 ? 0 : nfe.getSeries(0).getItemCount();
        return Map.of("forward", forward.getText(), "backward", backward.getText(), "total", total.getText(),
                "steps", steps.getText(), "points", Integer.toString(points), "note", analysisNote.getText());
    }

    @Override
    public void render(Frame next) {
        if (frame == null || frame.training() != next.training()) {
            // A system exploration has no iterations: only the counters and the step sizes of its solve.
            nfeChart.viewer().setVisible(next.training());
            nfeChart.viewer().setManaged(next.training());
        }
        Frame before = frame;
        frame = next;
        IterationMetrics m = next.latest();
        SolveStatistics flow = next.analysis() == null ? null : next.analysis().flow();
        if (m != null) {
            forward.setText(Long.toString(m.nfeForward()));
            backward.setText(Long.toString(m.nfeBackward()));
            perIteration.setText(Long.toString(m.nfeForward() + m.nfeBackward()));
            steps.setText(m.accepted() + " / " + m.rejected());
        } else if (flow != null && !next.training()) {
            // A system: the counters show the analysis solve of the tracked points, and so does the total.
            forward.setText(Long.toString(flow.nfe()));
            backward.setText("–");
            perIteration.setText("–");
            steps.setText(flow.accepted() + " / " + flow.rejected());
        } else {
            forward.setText("–");
            backward.setText("–");
            perIteration.setText("–");
            steps.setText("–");
        }
        TrainingHistory.View history = next.history();
        // Before the first iteration nothing was trained: every counter reads "–" and the total 0, rather than the
        // analysis solve's NFE beside a total of 0. The note says what the step histogram shows then.
        boolean untrained = next.training() && m == null;
        analysisNote.setText(untrained && flow != null ? "no iteration yet: the step sizes are those of the picture's "
                + "own solve (" + flow.nfe() + " evaluations)" : "");
        analysisNote.setVisible(untrained);
        analysisNote.setManaged(untrained);
        total.setText(history == null ? (flow == null ? "–" : Long.toString(flow.nfe()))
                : String.format("%,d", history.totalNfe()));
        int size = history == null ? -1 : history.size();
        if (before == null || size != shownSize || history != (before.history())) {
            shownSize = size;
            nfeChart.request(this::fillNfe);
        }
        Object stepSource = m != null ? m : flow;
        if (stepSource != shownSteps) {
            shownSteps = stepSource;
            double[] sizes = m != null ? m.stepSizes() : flow == null ? null : flow.stepSizes();
            stepChart.request(() -> fillSteps(sizes));
        }
    }

    private void fillNfe() {
        nfe.removeAllSeries();
        TrainingHistory.View h = frame.history();
        if (h == null || h.size() == 0) {
            return;
        }
        XYSeries f = new XYSeries("forward", false, true);
        XYSeries b = new XYSeries("backward", false, true);
        int stride = ChartParts.stride(h.size());
        for (int i = 0; i < h.size(); i += stride) {
            f.add(h.iteration()[i], h.nfeForward()[i], false);
            b.add(h.iteration()[i], h.nfeBackward()[i], false);
        }
        nfe.addSeries(f);
        nfe.addSeries(b);
        ChartParts.markSmallSeries(nfeChart, h.size());
    }

    private void fillSteps(double[] sizes) {
        HistogramDataset d = new HistogramDataset();
        if (sizes != null && sizes.length > 0) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double s : sizes) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
            if (max <= min) {
                max = min * 1.05 + 1e-12;
                min = min * 0.95;
            }
            d.addSeries("accepted steps", sizes, BINS, min, max);
        }
        stepChart.chart().getXYPlot().setDataset(d);
    }
}
