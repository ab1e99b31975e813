package org.nodelab.app.views;

import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.nodelab.app.views.common.ChartLiveView;
import org.nodelab.app.views.common.ChartParts;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.LogTickFormat;
import org.nodelab.app.views.common.Palette;
import org.nodelab.session.TrainingHistory;

/**
 * Train and test loss (log axis, left) and accuracy (right) over training, with the latest four figures as large
 * numbers above: lines alone show a trend but not where the run stands. Train and test differ in colour and in
 * line style (solid and dashed), so they stay apart in print and for colour-blind readers.
 */
public final class LossView extends ChartLiveView {

    /** Colours from the palette: train loss blue, test loss yellow-orange, train accuracy green, test purple. */
    private static final int TRAIN_LOSS = 0;
    private static final int TEST_LOSS = 4;
    private static final int TRAIN_ACCURACY = 2;
    private static final int TEST_ACCURACY = 3;

    private final XYSeriesCollection loss = new XYSeriesCollection();
    private final XYSeriesCollection accuracy = new XYSeriesCollection();
    private final ChartView chart;
    private final Label trainLoss = number(TRAIN_LOSS, "trainLossValue");
    private final Label testLoss = number(TEST_LOSS, "testLossValue");
    private final Label trainAccuracy = number(TRAIN_ACCURACY, "trainAccuracyValue");
    private final Label testAccuracy = number(TEST_ACCURACY, "testAccuracyValue");
    private TrainingHistory.View shown;
    private int shownSize = -1;

    public LossView() {
        super("loss");
        LogAxis lossAxis = new LogAxis("loss");
        lossAxis.setSmallestValue(1e-6);
        lossAxis.setNumberFormatOverride(new LogTickFormat());
        XYLineAndShapeRenderer lossLines = new XYLineAndShapeRenderer(true, false);
        lossLines.setSeriesPaint(0, Palette.awt(TRAIN_LOSS));
        lossLines.setSeriesPaint(1, Palette.awt(TEST_LOSS));
        lossLines.setSeriesStroke(0, ChartParts.LINE);
        lossLines.setSeriesStroke(1, ChartParts.DASHED);
        XYPlot plot = new XYPlot(loss, ChartParts.iterationAxis(), lossAxis, lossLines);
        NumberAxis accuracyAxis = new NumberAxis("accuracy");
        accuracyAxis.setRange(0, 1.02);
        plot.setRangeAxis(1, accuracyAxis);
        plot.setDataset(1, accuracy);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer accuracyLines = new XYLineAndShapeRenderer(true, false);
        accuracyLines.setSeriesPaint(0, Palette.awt(TRAIN_ACCURACY));
        accuracyLines.setSeriesPaint(1, Palette.awt(TEST_ACCURACY));
        accuracyLines.setSeriesStroke(0, ChartParts.LINE);
        accuracyLines.setSeriesStroke(1, ChartParts.DASHED);
        plot.setRenderer(1, accuracyLines);
        // No legend: the coloured numbers above name the lines, and the chart keeps the room.
        chart = addChart("loss chart", plot, false);
        FlowPane numbers = new FlowPane(16, 0);
        numbers.getStyleClass().add("counters");
        numbers.getChildren().addAll(box(trainLoss, "train loss ━", "Loss on the training set at the last iteration"),
                box(testLoss, "test loss ╌", "Loss on the held-out test set at the last evaluation"),
                box(trainAccuracy, "train acc. ━", "Share of training points classified right"),
                box(testAccuracy, "test acc. ╌", "Share of test points classified right: what generalises"));
        VBox content = new VBox(2, numbers, chart.viewer());
        VBox.setVgrow(chart.viewer(), Priority.ALWAYS);
        content.setPadding(new Insets(0));
        setContent("Loss and accuracy", "Training loss (solid) and test loss (dashed) on a log scale, with "
                + "train and test accuracy on the right axis; the numbers above are the latest values.", content);
    }

    private static Label number(int colour, String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("counter-value");
        // The number wears its line's colour, so it doubles as the legend.
        l.setStyle(String.format("-fx-text-fill: #%06x;", Palette.seriesRgb(colour)));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox box(Label value, String caption, String help) {
        Label c = new Label(caption);
        c.getStyleClass().add("counter-caption");
        VBox box = new VBox(-2, value, c);
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip(help));
        return box;
    }

    /** The latest finite value of a figure (test figures are evaluated every few iterations only), or NaN. */
    static double latest(double[] values, int size) {
        for (int i = size - 1; i >= 0; i--) {
            if (Double.isFinite(values[i])) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    static String lossText(double v) {
        return !Double.isFinite(v) ? "–" : v >= 0.01 ? String.format(Locale.ROOT, "%.3f", v)
                : String.format(Locale.ROOT, "%.2e", v);
    }

    static String percentText(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "–";
    }

    private void showNumbers(TrainingHistory.View h) {
        int n = h == null ? 0 : h.size();
        trainLoss.setText(n == 0 ? "–" : lossText(latest(h.trainLoss(), n)));
        testLoss.setText(n == 0 ? "–" : lossText(latest(h.testLoss(), n)));
        trainAccuracy.setText(n == 0 ? "–" : percentText(latest(h.trainAccuracy(), n)));
        testAccuracy.setText(n == 0 ? "–" : percentText(latest(h.testAccuracy(), n)));
    }

    @Override
    public Map<String, String> figures() {
        return Map.of("points", Integer.toString(loss.getSeriesCount() == 0 ? 0 : loss.getSeries(0).getItemCount()),
                "train loss", trainLoss.getText(), "test loss", testLoss.getText(),
                "train accuracy", trainAccuracy.getText(), "test accuracy", testAccuracy.getText());
    }

    @Override
    public void render(Frame frame) {
        TrainingHistory.View h = frame.history();
        int size = h == null ? -1 : h.size();
        if (h == shown && size == shownSize) {
            return;
        }
        shown = h;
        shownSize = size;
        showNumbers(h);
        chart.request(() -> fill(h));
    }

    private void fill(TrainingHistory.View h) {
        loss.removeAllSeries();
        accuracy.removeAllSeries();
        if (h == null || h.size() == 0) {
            return;
        }
        XYSeries train = new XYSeries("train loss", false, true);
        XYSeries test = new XYSeries("test loss", false, true);
        XYSeries trainAcc = new XYSeries("train accuracy", false, true);
        XYSeries testAcc = new XYSeries("test accuracy", false, true);
        int stride = ChartParts.stride(h.size());
        for (int i = 0; i < h.size(); i += stride) {
            addPositive(train, h.iteration()[i], h.trainLoss()[i]);
            addPositive(test, h.iteration()[i], h.testLoss()[i]);
            addFinite(trainAcc, h.iteration()[i], h.trainAccuracy()[i]);
            addFinite(testAcc, h.iteration()[i], h.testAccuracy()[i]);
        }
        loss.addSeries(train);
        loss.addSeries(test);
        accuracy.addSeries(trainAcc);
        accuracy.addSeries(testAcc);
        ChartParts.markSmallSeries(chart, h.size());
    }

    /** A log axis cannot show zero or less, and a failed iteration's NaN would break the curve. */
    private static void addPositive(XYSeries s, double x, double y) {
        if (Double.isFinite(y) && y > 0) {
            s.add(x, y, false);
        }
    }

    private static void addFinite(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }
}
