package org.nodelab.app.views.statespace;

/**
 * World to canvas coordinates of the state-space plot. Equal scale on both axes is not forced: each axis fills
 * the view, because the state components often have very different ranges. The plot leaves room on the left
 * for the y ticks and below for the x ticks and the caption, so neither is drawn over the arrows.
 */
final class PlotMapping {

    static final double LEFT = 46;
    static final double RIGHT = 8;
    static final double TOP = 8;
    /** Tick labels, then one caption line. */
    static final double BOTTOM = 34;

    final double sx;
    final double sy;
    private final double x0;
    private final double y0;
    private final double bottom;
    final double plotLeft;
    final double plotTop;
    final double plotWidth;
    final double plotHeight;

    /** @param b xMin, xMax, yMin, yMax of the world shown */
    PlotMapping(double[] b, double w, double h) {
        this.x0 = b[0];
        this.y0 = b[2];
        this.plotLeft = LEFT;
        this.plotTop = TOP;
        this.plotWidth = Math.max(1, w - LEFT - RIGHT);
        this.plotHeight = Math.max(1, h - TOP - BOTTOM);
        this.sx = plotWidth / (b[1] - b[0]);
        this.sy = plotHeight / (b[3] - b[2]);
        this.bottom = TOP + plotHeight;
    }

    double x(double wx) {
        return LEFT + (wx - x0) * sx;
    }

    double y(double wy) {
        return bottom - (wy - y0) * sy;
    }

    double plotBottom() {
        return bottom;
    }
}
