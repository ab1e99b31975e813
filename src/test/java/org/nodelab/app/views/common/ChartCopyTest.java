package org.nodelab.app.views.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The copy the renderer thread draws must not share what the FX thread goes on changing: data, the plot that a
 * legend reads, and the datasets' listener lists (a copy registered there would be kept alive by every frame).
 */
class ChartCopyTest {

    private static XYSeriesCollection line(double... ys) {
        XYSeries s = new XYSeries("run", false, true);
        for (int i = 0; i < ys.length; i++) {
            s.add(i, ys[i]);
        }
        return new XYSeriesCollection(s);
    }

    private static JFreeChart chart(XYSeriesCollection data) {
        XYPlot plot = new XYPlot(data, new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer(true, false));
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    @Test
    void theCopyKeepsItsDataWhileTheOriginalChanges() throws Exception {
        XYSeriesCollection data = line(1, 2, 3);
        JFreeChart original = chart(data);
        JFreeChart copy = ChartCopy.of(original);

        data.getSeries(0).add(3, 40);
        data.getSeries(0).updateByIndex(0, -7.0);

        var copied = copy.getXYPlot().getDataset();
        assertThat(copied).isNotSameAs(data);
        assertThat(copied.getItemCount(0)).isEqualTo(3);
        assertThat(copied.getYValue(0, 0)).isEqualTo(1.0);
        assertThat(data.getItemCount(0)).isEqualTo(4);
    }

    @Test
    void theCopyIsNotLeftListeningToTheOriginalsData() throws Exception {
        XYSeriesCollection data = line(1, 2);
        JFreeChart original = chart(data);
        JFreeChart copy = ChartCopy.of(original);
        java.util.concurrent.atomic.AtomicInteger heardByCopy = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger heardByOriginal = new java.util.concurrent.atomic.AtomicInteger();
        copy.getXYPlot().addChangeListener(e -> heardByCopy.incrementAndGet());
        original.getXYPlot().addChangeListener(e -> heardByOriginal.incrementAndGet());
        data.getSeries(0).add(5, 5);
        assertThat(heardByOriginal).hasValue(1);
        assertThat(heardByCopy).hasValue(0);
    }

    @Test
    void theCopysLegendReadsTheCopysPlot() throws Exception {
        JFreeChart copy = ChartCopy.of(chart(line(1, 2)));
        LegendTitle legend = copy.getLegend();
        assertThat(legend.getSources()).containsExactly(copy.getXYPlot());
    }

    @Test
    void theCopyHasItsOwnRendererAndAxes() throws Exception {
        JFreeChart original = chart(line(1, 2));
        JFreeChart copy = ChartCopy.of(original);
        original.getXYPlot().getRenderer().setSeriesPaint(0, Color.RED);
        original.getXYPlot().getRangeAxis().setRange(-100, 100);
        assertThat(copy.getXYPlot().getRenderer().getSeriesPaint(0)).isNotEqualTo(Color.RED);
        assertThat(copy.getXYPlot().getRangeAxis().getUpperBound()).isLessThan(100);
    }

    @Test
    void dataThatCannotBeCopiedIsSaidSo() {
        AbstractXYDataset fixed = new AbstractXYDataset() {
            @Override
            public int getSeriesCount() {
                return 1;
            }

            @Override
            public Comparable<String> getSeriesKey(int series) {
                return "fixed";
            }

            @Override
            public int getItemCount(int series) {
                return 1;
            }

            @Override
            public Number getX(int series, int item) {
                return 0;
            }

            @Override
            public Number getY(int series, int item) {
                return 0;
            }
        };
        JFreeChart original = new JFreeChart(new XYPlot(fixed, new NumberAxis(), new NumberAxis(),
                new XYLineAndShapeRenderer()));
        assertThatThrownBy(() -> ChartCopy.of(original)).isInstanceOf(CloneNotSupportedException.class)
                .hasMessageContaining("cannot be copied");
    }
}
