package org.nodelab.app.views.statespace;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import org.nodelab.app.views.common.Palette;
import org.nodelab.session.AnalysisSnapshot;

/** The decision regions of a 2-D classifier as a small image, one pixel per grid cell, stretched when drawn. */
final class DecisionRegions {

    private DecisionRegions() {
    }

    /** Shades each cell in its predicted class's colour, stronger where the model is surer; null without a grid. */
    static WritableImage raster(AnalysisSnapshot a) {
        if (a == null || a.grid() == null) {
            return null;
        }
        AnalysisSnapshot.DecisionGrid g = a.grid();
        WritableImage image = new WritableImage(g.resolution(), g.resolution());
        PixelWriter w = image.getPixelWriter();
        for (int r = 0; r < g.resolution(); r++) {
            for (int c = 0; c < g.resolution(); c++) {
                int i = r * g.resolution() + c;
                double strength = 0.12 + 0.22 * Math.max(0, Math.min(1, g.confidence()[i]));
                // Image rows run top-down; the grid's rows run up from yMin.
                w.setColor(c, g.resolution() - 1 - r, Palette.fx(g.predicted()[i], strength));
            }
        }
        return image;
    }
}
