package org.nodelab.app.views.statespace;

/**
 * World to canvas coordinates of the state-space plot. Equal scale on both axes is not forced: each axis fills
 * the view, because the state components often have very different ranges.
 */
final class PlotMapping {

    private static final double MARGIN = 8;
    /** Room at the bottom for the line that names the axes' ranges. */
    private static final double CAPTION = 14;

    final double sx;
    final double sy;
    private final double x0;
    private final double y0;
    private final double bottom;

    /** @param b xMin, xMax, yMin, yMax of the world shown */
    PlotMapping(double[] b, double w, double h) {
        this.x0 = b[0];
        this.y0 = b[2];
        this.sx = (w - 2 * MARGIN) / (b[1] - b[0]);
        this.sy = (h - 2 * MARGIN - CAPTION) / (b[3] - b[2]);
        this.bottom = h - MARGIN - CAPTION;
    }

    double x(double wx) {
        return MARGIN + (wx - x0) * sx;
    }

    double y(double wy) {
        return bottom - (wy - y0) * sy;
    }
}
