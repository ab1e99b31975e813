package org.nodelab.app;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live phase portrait of x'' + γx' + x = 0 with a damping slider. Moving the slider re-solves on a single
 * background thread (a newer request replaces a queued one) and the chart is updated on the FX thread in one
 * batch per series.
 */
final class PhasePortraitView extends BorderPane {

    static final double MIN_DAMPING = 0;
    static final double MAX_DAMPING = 3;
    static final double INITIAL_DAMPING = 0.25;
    /** Half the height of the visible v range; the x range is widened to keep one unit the same length on both. */
    private static final double HALF_RANGE = 3.2;

    private static final Logger LOG = LoggerFactory.getLogger(PhasePortraitView.class);

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final List<XYSeries> trajectories = new ArrayList<>();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final Slider dampingSlider = new Slider(MIN_DAMPING, MAX_DAMPING, INITIAL_DAMPING);
    private final Label dampingValue = new Label();
    private final Label regime = new Label();
    private final Label eigenvalues = new Label();
    private final Label nfeLabel = new Label("NFE \u2013");
    private final Label stepsLabel = new Label();
    private final Label statusLabel = new Label("solving\u2026");

    private final ThreadPoolExecutor solver = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "phase-portrait-solver");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());

    PhasePortraitView() {
        chart = createChart();
        viewer = new ChartViewer(chart);
        viewer.setId("phasePortrait");
        viewer.setMinSize(300, 300);
        setCenter(viewer);
        setRight(createControls());
        BorderPane.setMargin(viewer, new Insets(12, 0, 12, 12));
        keepEqualScale();
    }

    /** Solves for the slider's current value and from then on whenever it moves. */
    void start() {
        dampingSlider.valueProperty().addListener((obs, old, value) -> {
            showDamping(value.doubleValue());
            requestSolve(value.doubleValue());
        });
        showDamping(dampingSlider.getValue());
        requestSolve(dampingSlider.getValue());
    }

    /** Stops the background solver; a solve in progress finishes but is not shown. */
    void close() {
        solver.shutdownNow();
    }

    private JFreeChart createChart() {
        NumberAxis xAxis = new NumberAxis("position x");
        NumberAxis vAxis = new NumberAxis("velocity v");
        xAxis.setAutoRange(false);
        vAxis.setAutoRange(false);
        xAxis.setRange(-HALF_RANGE, HALF_RANGE);
        vAxis.setRange(-HALF_RANGE, HALF_RANGE);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (double[] start : HeavyBallPortrait.STARTS) {
            XYSeries series = new XYSeries(String.format(Locale.ROOT, "from (%.1f, %.1f)", start[0], start[1]),
                    false, true);
            trajectories.add(series);
            dataset.addSeries(series);
        }
        XYSeries starts = new XYSeries("start points", false, true);
        for (double[] start : HeavyBallPortrait.STARTS) {
            starts.add(start[0], start[1], false);
        }
        dataset.addSeries(starts);
        int startIndex = trajectories.size();
        renderer.setSeriesLinesVisible(startIndex, false);
        renderer.setSeriesShapesVisible(startIndex, true);
        renderer.setSeriesShape(startIndex, new Ellipse2D.Double(-4, -4, 8, 8));

        XYPlot plot = new XYPlot(dataset, xAxis, vAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart newChart = new JFreeChart("Phase portrait (x, v)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LightChartStyle.apply(newChart);
        // After the theme, which resets strokes: slightly heavier curves read better on a white background.
        for (int i = 0; i < trajectories.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setSeriesPaint(startIndex, LightChartStyle.TEXT);
        return newChart;
    }

    private VBox createControls() {
        Label heading = new Label("Damping \u03b3");
        heading.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        dampingValue.getStyleClass().add(Styles.TEXT_BOLD);
        HBox headingRow = new HBox(heading, spacer, dampingValue);

        dampingSlider.setId("dampingSlider");
        dampingSlider.setShowTickMarks(true);
        dampingSlider.setShowTickLabels(true);
        dampingSlider.setMajorTickUnit(0.5);
        dampingSlider.setMinorTickCount(4);
        dampingSlider.setBlockIncrement(0.05);
        Tooltip tooltip = new Tooltip("Damping \u03b3 in x'' + \u03b3x' + x = 0.\n"
                + "0: no friction, closed orbits.  Below 2: spirals into the origin.\n"
                + "2: critically damped.  Above 2: overdamped, no oscillation.\n"
                + "The portrait is re-solved with dopri5 as you drag.");
        tooltip.setShowDelay(Duration.millis(300));
        dampingSlider.setTooltip(tooltip);

        regime.setWrapText(true);
        eigenvalues.getStyleClass().add(Styles.TEXT_MUTED);

        Label costHeading = new Label("Last solve");
        costHeading.getStyleClass().add(Styles.TITLE_4);
        nfeLabel.setId("nfeLabel");
        nfeLabel.getStyleClass().add(Styles.TITLE_3);
        Tooltip.install(nfeLabel, new Tooltip("Number of function evaluations: how many times the solver "
                + "evaluated the vector field. All trajectories are solved as one batch, so one evaluation "
                + "covers every starting point."));
        stepsLabel.getStyleClass().add(Styles.TEXT_MUTED);
        statusLabel.setId("solveStatus");
        statusLabel.getStyleClass().add(Styles.TEXT_MUTED);
        statusLabel.setWrapText(true);

        Label explanation = new Label("Solver: dopri5, rtol 1e-6, atol 1e-8, t from 0 to "
                + (int) HeavyBallPortrait.END_TIME + ". Each trajectory starts at a black dot.");
        explanation.setWrapText(true);
        explanation.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox controls = new VBox(10, headingRow, dampingSlider, regime, eigenvalues, new Separator(),
                costHeading, nfeLabel, stepsLabel, statusLabel, new Separator(), explanation);
        controls.setPadding(new Insets(16, 20, 16, 20));
        controls.setPrefWidth(300);
        controls.setMinWidth(260);
        return controls;
    }

    private void showDamping(double damping) {
        dampingValue.setText(String.format(Locale.ROOT, "%.2f", damping));
        double discriminant = damping * damping - 4;
        if (damping < 1e-9) {
            regime.setText("Undamped: energy is conserved, orbits are closed circles.");
        } else if (Math.abs(discriminant) < 1e-3) {
            regime.setText("Critically damped: the fastest return to rest without oscillating.");
        } else if (discriminant < 0) {
            regime.setText("Underdamped: trajectories spiral into the origin.");
        } else {
            regime.setText("Overdamped: trajectories creep into the origin without circling it.");
        }
        if (discriminant < 0) {
            eigenvalues.setText(String.format(Locale.ROOT, "eigenvalues \u03bb = %.3f \u00b1 %.3fi",
                    -damping / 2, Math.sqrt(-discriminant) / 2));
        } else {
            double root = Math.sqrt(discriminant);
            eigenvalues.setText(String.format(Locale.ROOT, "eigenvalues \u03bb = %.3f, %.3f",
                    (-damping + root) / 2, (-damping - root) / 2));
        }
    }

    private void requestSolve(double damping) {
        solver.execute(() -> {
            try {
                HeavyBallPortrait.Portrait portrait = HeavyBallPortrait.solve(damping);
                Platform.runLater(() -> show(portrait));
            } catch (RuntimeException e) {
                LOG.error("solving the phase portrait for damping {} failed", damping, e);
                Platform.runLater(() -> statusLabel.setText("Solve failed: " + e.getMessage()));
            }
        });
    }

    /** FX thread only: replaces every trajectory, with one change event per series and one redraw. */
    private void show(HeavyBallPortrait.Portrait portrait) {
        chart.setNotify(false);
        try {
            for (int i = 0; i < trajectories.size(); i++) {
                XYSeries series = trajectories.get(i);
                HeavyBallPortrait.Trajectory trajectory = portrait.trajectories().get(i);
                series.setNotify(false);
                series.clear();
                for (int k = 0; k < trajectory.xs().length; k++) {
                    series.add(trajectory.xs()[k], trajectory.vs()[k], false);
                }
                series.setNotify(true); // fires the one seriesChanged event for this batch
            }
        } finally {
            chart.setNotify(true);
        }
        nfeLabel.setText("NFE " + portrait.nfe());
        stepsLabel.setText(portrait.accepted() + " steps accepted, " + portrait.rejected() + " rejected");
        String outcome = portrait.success() ? "" : " \u00b7 stopped early: " + portrait.message();
        statusLabel.setText(String.format(Locale.ROOT, "\u03b3 = %.2f \u00b7 %d trajectories in one batch \u00b7 %.1f ms%s",
                portrait.damping(), portrait.trajectories().size(), portrait.elapsedNanos() / 1e6, outcome));
    }

    /**
     * Widens or narrows the x range after each redraw so that one unit of x is as long on screen as one unit
     * of v, and circles look like circles.
     */
    private void keepEqualScale() {
        chart.addProgressListener(event -> {
            if (event.getType() != ChartProgressEvent.DRAWING_FINISHED) {
                return;
            }
            ChartRenderingInfo info = viewer.getRenderingInfo();
            Rectangle2D area = info == null ? null : info.getPlotInfo().getDataArea();
            if (area == null || area.getHeight() < 10 || area.getWidth() < 10) {
                return;
            }
            double wanted = HALF_RANGE * area.getWidth() / area.getHeight();
            NumberAxis xAxis = (NumberAxis) chart.getXYPlot().getDomainAxis();
            if (Math.abs(xAxis.getUpperBound() - wanted) > 1e-3 * wanted) {
                Platform.runLater(() -> xAxis.setRange(-wanted, wanted));
            }
        });
    }

    // Package-private views for tests in this package.

    Slider dampingSlider() {
        return dampingSlider;
    }

    Label nfeLabel() {
        return nfeLabel;
    }

    XYSeriesCollection dataset() {
        return dataset;
    }
}
