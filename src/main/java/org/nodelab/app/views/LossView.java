package org.nodelab.app.views;

import java.util.Map;

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
import org.nodelab.app.views.common.Palette;
import org.nodelab.session.TrainingHistory;

/** Train and test loss (log axis, left) and accuracy (right) over training. */
public final class LossView extends ChartLiveView {

    private final XYSeriesCollection loss = new XYSeriesCollection();
    private final XYSeriesCollection accuracy = new XYSeriesCollection();
    private final ChartView chart;
    private TrainingHistory.View shown;
    private int shownSize = -1;

    public LossView() {
        super("loss");
        LogAxis lossAxis = new LogAxis("loss");
        lossAxis.setSmallestValue(1e-6);
        lossAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        XYLineAndShapeRenderer lossLines = new XYLineAndShapeRenderer(true, false);
        lossLines.setSeriesPaint(0, Palette.awt(0));
        lossLines.setSeriesPaint(1, Palette.awt(0, 0.5));
        lossLines.setSeriesStroke(0, ChartParts.LINE);
        lossLines.setSeriesStroke(1, ChartParts.DASHED);
        XYPlot plot = new XYPlot(loss, ChartParts.iterationAxis(), lossAxis, lossLines);
        NumberAxis accuracyAxis = new NumberAxis("accuracy");
        accuracyAxis.setRange(0, 1.02);
        plot.setRangeAxis(1, accuracyAxis);
        plot.setDataset(1, accuracy);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer accuracyLines = new XYLineAndShapeRenderer(true, false);
        accuracyLines.setSeriesPaint(0, Palette.awt(2));
        accuracyLines.setSeriesPaint(1, Palette.awt(2, 0.55));
        accuracyLines.setSeriesStroke(0, ChartParts.LINE);
        accuracyLines.setSeriesStroke(1, ChartParts.DASHED);
        plot.setRenderer(1, accuracyLines);
        chart = addChart("loss chart", plot, true);
        setContent("Loss and accuracy", "Training loss (solid) and test loss (dashed) on a log scale, with "
                + "train and test accuracy on the right axis.", chart.viewer());
    }

    @Override
    public Map<String, String> figures() {
        return Map.of("points", Integer.toString(loss.getSeriesCount() == 0 ? 0 : loss.getSeries(0).getItemCount()));
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
