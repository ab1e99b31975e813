package org.nodelab.app.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** What the renderer thread draws: the chart's own pixels, at the screen's scale, within a bound. */
class ChartRendererTest {

    private static JFreeChart redDiagonal() {
        XYSeries s = new XYSeries("run");
        s.add(0, 0);
        s.add(1, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Color.RED);
        r.setSeriesStroke(0, new BasicStroke(4f));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT,
                new XYPlot(new XYSeriesCollection(s), new NumberAxis(), new NumberAxis(), r), false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static int reddish(ChartFrame f) {
        int n = 0;
        for (int argb : f.pixels()) {
            int red = (argb >> 16) & 0xff;
            int green = (argb >> 8) & 0xff;
            int blue = argb & 0xff;
            if (red > 200 && green < 80 && blue < 80) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theFrameHoldsTheChartsLine() {
        ChartFrame f = ChartRenderer.draw(redDiagonal(), 300, 200, 1, 1);
        assertThat(f.pixelWidth()).isEqualTo(300);
        assertThat(f.pixelHeight()).isEqualTo(200);
        assertThat(f.pixels()).hasSize(300 * 200);
        // A 4-pixel line across the plot: hundreds of red pixels; the white background has none.
        assertThat(reddish(f)).isGreaterThan(300);
        assertThat(f.pixels()[0]).isEqualTo(0xffffffff);
    }

    @Test
    void aHiDpiScreenGetsTwiceThePixelsForTheSameLayout() {
        ChartFrame f = ChartRenderer.draw(redDiagonal(), 300, 200, 2, 1);
        assertThat(f.pixelWidth()).isEqualTo(600);
        assertThat(f.pixelHeight()).isEqualTo(400);
        assertThat(f.width()).isEqualTo(300);
    }

    @Test
    void aHugeSurfaceIsDrawnAtALowerScaleInsteadOfRunningOutOfMemory() {
        ChartFrame f = ChartRenderer.draw(redDiagonal(), 8000, 6000, 2, 1);
        assertThat((long) f.pixelWidth() * f.pixelHeight()).isLessThanOrEqualTo(ChartRenderer.MAX_PIXELS + 8000 + 6000);
        assertThat((double) f.pixelWidth() / f.pixelHeight()).isCloseTo(8000.0 / 6000, org.assertj.core.data.Offset
                .offset(0.01));
    }
}
