package org.nodelab.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * JFreeChart draws with Java2D and ignores JavaFX CSS, so the colours of AtlantaFX's Primer Light theme are
 * repeated here (the values of its -color-fg-default, -color-border-muted, accent and so on).
 */
final class LightChartStyle {

    static final Color BACKGROUND = new Color(0xffffff);
    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED_TEXT = new Color(0x656d76);
    static final Color GRID = new Color(0xd8dee4);
    static final Color AXIS = new Color(0x8c959f);
    /** Primer's accent, danger, success, done (purple) and attention colours. */
    static final Paint[] SERIES = {
            new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37), new Color(0x8250df), new Color(0xbf8700)};

    private LightChartStyle() {
    }

    static void apply(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(base.deriveFont(14f));
        theme.setRegularFont(base);
        theme.setSmallFont(base.deriveFont(11f));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(MUTED_TEXT);
        theme.setChartBackgroundPaint(BACKGROUND);
        theme.setPlotBackgroundPaint(BACKGROUND);
        theme.setPlotOutlinePaint(GRID);
        theme.setLegendBackgroundPaint(BACKGROUND);
        theme.setLegendItemPaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(MUTED_TEXT);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBaselinePaint(AXIS);
        theme.setShadowVisible(false);
        theme.apply(chart);

        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setDomainZeroBaselinePaint(AXIS);
        plot.setRangeZeroBaselinePaint(AXIS);
        plot.getDomainAxis().setAxisLinePaint(AXIS);
        plot.getRangeAxis().setAxisLinePaint(AXIS);
        plot.getDomainAxis().setTickMarkPaint(AXIS);
        plot.getRangeAxis().setTickMarkPaint(AXIS);
        for (int i = 0; i < SERIES.length; i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES[i]);
        }
    }
}
