package org.nodelab.app.views.common;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Where a {@link ChartView} shows its drawn frames: a region that takes whatever size its pane gives it and shows
 * the newest frame's pixels, stretched to fit until a frame of the new size arrives. Its preferred size is its
 * current size, as JFreeChart's own viewer's is, so the views' layouts are unchanged.
 */
final class ChartSurface extends Region {

    private final ImageView view = new ImageView();
    private final Runnable resized;
    private WritableImage image;
    private long shownGeneration = -1;
    private double laidOutWidth;
    private double laidOutHeight;
    private double laidOutScale;

    /** @param resized called on the FX thread when the surface's size or render scale changed */
    ChartSurface(Runnable resized) {
        this.resized = resized;
        view.setSmooth(true);
        view.setPreserveRatio(false);
        getChildren().add(view);
    }

    /** The window's render scale (2 on a HiDPI screen), 1 before the surface is in a window. */
    double renderScale() {
        Window w = getScene() == null ? null : getScene().getWindow();
        return w == null ? 1 : Math.max(1, w.getRenderScaleX());
    }

    boolean hasArea() {
        return getWidth() >= 1 && getHeight() >= 1;
    }

    /** Shows the frame, unless a newer one is already shown. */
    void show(ChartFrame frame) {
        if (frame.generation() <= shownGeneration) {
            return;
        }
        shownGeneration = frame.generation();
        if (image == null || (int) image.getWidth() != frame.pixelWidth()
                || (int) image.getHeight() != frame.pixelHeight()) {
            image = new WritableImage(frame.pixelWidth(), frame.pixelHeight());
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, frame.pixelWidth(), frame.pixelHeight(),
                PixelFormat.getIntArgbPreInstance(), frame.pixels(), 0, frame.pixelWidth());
    }

    /** The generation of the frame shown, -1 before the first (what tests wait on). */
    long shownGeneration() {
        return shownGeneration;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        view.relocate(0, 0);
        view.setFitWidth(w);
        view.setFitHeight(h);
        double scale = renderScale();
        if (w != laidOutWidth || h != laidOutHeight || scale != laidOutScale) {
            laidOutWidth = w;
            laidOutHeight = h;
            laidOutScale = scale;
            resized.run();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return getHeight();
    }
}
