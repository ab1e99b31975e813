package org.nodelab.app.views.common;

/**
 * One drawn picture of a chart: premultiplied ARGB pixels, {@code pixelWidth × pixelHeight}, for a surface of
 * {@code width × height} layout units at the window's render scale. {@code generation} orders the frames of one
 * chart, so that a slow frame that finishes late never replaces a newer one.
 */
record ChartFrame(int[] pixels, int pixelWidth, int pixelHeight, double width, double height, long generation) {
}
