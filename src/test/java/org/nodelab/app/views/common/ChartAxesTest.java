package org.nodelab.app.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Axis labels a new user read wrong: a loss of "0" under 1e-3, and negative iterations on empty charts. */
class ChartAxesTest {

    @Test
    void smallLossesAreLabelledAsPowersOfTen() {
        LogTickFormat f = new LogTickFormat();
        assertThat(f.format(1e-4)).isEqualTo("1e-4");
        assertThat(f.format(2e-6)).isEqualTo("2e-6");
        assertThat(f.format(5e-3)).isEqualTo("5e-3");
        assertThat(f.format(0.25)).isEqualTo("0.25");
        assertThat(f.format(3)).isEqualTo("3");
    }

    @Test
    void iterationsNeverGoNegative() {
        assertThat(IterationAxis.clamp(new Range(-5, 5))).isEqualTo(new Range(0, 10));
        assertThat(IterationAxis.clamp(new Range(-0.5, 40))).isEqualTo(new Range(0, 40));
        assertThat(IterationAxis.clamp(new Range(3, 90))).isEqualTo(new Range(3, 90));
    }

    @Test
    void anEmptyChartShowsIterationsFromZero() {
        IterationAxis axis = new IterationAxis();
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(
                new org.jfree.data.xy.XYSeriesCollection(), axis, new org.jfree.chart.axis.NumberAxis(), null);
        axis.configure();
        assertThat(plot.getDomainAxis().getLowerBound()).isGreaterThanOrEqualTo(0);
    }
}
