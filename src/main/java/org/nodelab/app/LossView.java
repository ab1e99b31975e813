package org.nodelab.app;

import java.awt.BasicStroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.nodelab.session.TrainingHistory;

/** Train and test loss (log axis, left) and accuracy (right) over training. */
final class LossView {

    private final XYSeriesCollection loss = new XYSeriesCollection();
    private final XYSeriesCollection accuracy = new XYSeriesCollection();
    private final ChartView chart;
    private final ViewPane pane;
    private TrainingHistory.View shown;
    private int shownSize = -1;

    LossView() {
        NumberAxis x = new NumberAxis("iteration");
        x.setAutoRangeIncludesZero(false);
        x.setAutoRangeMinimumSize(10);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LogAxis lossAxis = new LogAxis("loss");
        lossAxis.setSmallestValue(1e-6);
        lossAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        XYLineAndShapeRenderer lossLines = new XYLineAndShapeRenderer(true, false);
        lossLines.setSeriesPaint(0, Palette.awt(0));
        lossLines.setSeriesPaint(1, Palette.awt(0, 0.5));
        lossLines.setSeriesStroke(0, new BasicStroke(1.6f));
        lossLines.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 4}, 0));
        XYPlot plot = new XYPlot(loss, x, lossAxis, lossLines);
        NumberAxis accuracyAxis = new NumberAxis("accuracy");
        accuracyAxis.setRange(0, 1.02);
        plot.setRangeAxis(1, accuracyAxis);
        plot.setDataset(1, accuracy);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer accuracyLines = new XYLineAndShapeRenderer(true, false);
        accuracyLines.setSeriesPaint(0, Palette.awt(2));
        accuracyLines.setSeriesPaint(1, Palette.awt(2, 0.55));
        accuracyLines.setSeriesStroke(0, new BasicStroke(1.6f));
        accuracyLines.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 4}, 0));
        plot.setRenderer(1, accuracyLines);
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart = new ChartView(c);
        ChartStyle.apply(c, false);
        pane = new ViewPane("Loss and accuracy", "Training loss (solid) and test loss (dashed) on a log scale, with "
                + "train and test accuracy on the right axis.", chart.viewer());
    }

    ViewPane pane() {
        return pane;
    }

    ChartView chart() {
        return chart;
    }

    int pointCount() {
        return loss.getSeriesCount() == 0 ? 0 : loss.getSeries(0).getItemCount();
    }

    void render(Frame frame) {
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
        int stride = Math.max(1, (h.size() + NfeView.MAX_POINTS - 1) / NfeView.MAX_POINTS);
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
        NfeView.markSmallSeries(chart, h.size());
    }

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

    void setDark(boolean dark) {
        chart.setDark(dark);
    }
}
