package org.nodelab.app.views.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * JFreeChart ignores JavaFX CSS, so the colours of AtlantaFX's Primer Light and Primer Dark themes are repeated
 * here, and each chart is restyled when the theme changes.
 */
public final class ChartStyle {

    public record Colors(Color background, Color text, Color mutedText, Color grid, Color axis) {
    }

    static final Colors LIGHT = new Colors(new Color(0xffffff), new Color(0x1f2328), new Color(0x656d76),
            new Color(0xd8dee4), new Color(0x8c959f));
    static final Colors DARK = new Colors(new Color(0x0d1117), new Color(0xe6edf3), new Color(0x8d96a0),
            new Color(0x30363d), new Color(0x6e7681));

    private ChartStyle() {
    }

    public static Colors colors(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    static void apply(JFreeChart chart, boolean dark) {
        Colors c = colors(dark);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 14f));
        theme.setLargeFont(base.deriveFont(13f));
        theme.setRegularFont(base);
        theme.setSmallFont(base.deriveFont(11f));
        theme.setTitlePaint(c.text());
        theme.setSubtitlePaint(c.mutedText());
        theme.setChartBackgroundPaint(c.background());
        theme.setPlotBackgroundPaint(c.background());
        theme.setPlotOutlinePaint(c.grid());
        theme.setLegendBackgroundPaint(c.background());
        theme.setLegendItemPaint(c.text());
        theme.setAxisLabelPaint(c.text());
        theme.setTickLabelPaint(c.mutedText());
        theme.setDomainGridlinePaint(c.grid());
        theme.setRangeGridlinePaint(c.grid());
        theme.setBaselinePaint(c.axis());
        theme.setShadowVisible(false);
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        // The theme would reset series colours and shapes the views chose; keep them.
        java.util.Map<Integer, java.awt.Paint> paints = new java.util.HashMap<>();
        XYPlot plot = chart.getXYPlot();
        for (int r = 0; r < plot.getRendererCount(); r++) {
            for (int s = 0; s < 64; s++) {
                java.awt.Paint p = plot.getRenderer(r).getSeriesPaint(s);
                if (p != null) {
                    paints.put(r * 64 + s, p);
                }
            }
        }
        theme.apply(chart);
        paints.forEach((k, p) -> plot.getRenderer(k / 64).setSeriesPaint(k % 64, p, false));

        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainZeroBaselinePaint(c.axis());
        plot.setRangeZeroBaselinePaint(c.axis());
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            plot.getDomainAxis(i).setAxisLinePaint(c.axis());
            plot.getDomainAxis(i).setTickMarkPaint(c.axis());
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setAxisLinePaint(c.axis());
                plot.getRangeAxis(i).setTickMarkPaint(c.axis());
            }
        }
    }
}
