package org.nodelab.app.views.common;

import javafx.scene.paint.Color;

/**
 * Colours shared by the JavaFX canvases and the JFreeChart plots (which draw with Java2D and ignore CSS):
 * Primer's accent colours for classes and series, and the light and dark backgrounds they sit on.
 */
public final class Palette {

    /** Class and series colours: blue, red, green, purple, yellow, cyan, pink, grey. Readable on both themes. */
    private static final int[] SERIES = {0x0969da, 0xcf222e, 0x1a7f37, 0x8250df, 0xbf8700, 0x1b7c83, 0xbf3989,
            0x6e7781};

    private Palette() {
    }

    public static int seriesRgb(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    public static Color fx(int index) {
        return Color.rgb((seriesRgb(index) >> 16) & 0xff, (seriesRgb(index) >> 8) & 0xff, seriesRgb(index) & 0xff);
    }

    public static Color fx(int index, double opacity) {
        Color c = fx(index);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }

    /** A Java2D colour (as {@link ChartStyle} gives them) for a JavaFX canvas. */
    public static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    public static java.awt.Color awt(int index) {
        return new java.awt.Color(seriesRgb(index));
    }

    public static java.awt.Color awt(int index, double opacity) {
        int rgb = seriesRgb(index);
        return new java.awt.Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff,
                (int) Math.round(255 * Math.max(0, Math.min(1, opacity))));
    }

    /** A diverging blue–white–red colour for a value in [-1, 1] (negative = contracting, positive = chaotic). */
    public static Color diverging(double v) {
        double x = Math.max(-1, Math.min(1, Double.isFinite(v) ? v : 0));
        Color neutral = Color.rgb(0xea, 0xee, 0xf2);
        return x < 0 ? neutral.interpolate(fx(0), -x) : neutral.interpolate(fx(1), x);
    }
}
