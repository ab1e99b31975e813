package org.nodelab.app.window;

import java.util.prefs.Preferences;

import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's size, remembered between runs (java.util.prefs, node org/nodelab) and kept within what the
 * layout supports: the views and the control panel are laid out for 1024×640 and up.
 */
final class WindowPlacement {

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private WindowPlacement() {
    }

    /**
     * A saved size made usable: at least the minimum, at most the screen (a size saved on a larger monitor).
     *
     * @return width and height
     */
    static double[] fit(double savedWidth, double savedHeight, double screenWidth, double screenHeight) {
        double w = Double.isFinite(savedWidth) && savedWidth > 0 ? savedWidth : DEFAULT_WIDTH;
        double h = Double.isFinite(savedHeight) && savedHeight > 0 ? savedHeight : DEFAULT_HEIGHT;
        w = Math.max(MIN_WIDTH, Math.min(w, Math.max(MIN_WIDTH, screenWidth)));
        h = Math.max(MIN_HEIGHT, Math.min(h, Math.max(MIN_HEIGHT, screenHeight)));
        return new double[] {w, h};
    }

    /** Sets the minimum and the remembered size, and saves the size when the window closes. */
    static void apply(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Preferences prefs = preferences();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] size = fit(prefs == null ? DEFAULT_WIDTH : prefs.getDouble(WIDTH, DEFAULT_WIDTH),
                prefs == null ? DEFAULT_HEIGHT : prefs.getDouble(HEIGHT, DEFAULT_HEIGHT), screen.getWidth(),
                screen.getHeight());
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        if (prefs != null && prefs.getBoolean(MAXIMIZED, false)) {
            stage.setMaximized(true);
        }
        stage.setOnHiding(e -> save(stage, prefs));
    }

    private static void save(Stage stage, Preferences prefs) {
        if (prefs == null) {
            return;
        }
        prefs.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble(WIDTH, stage.getWidth());
            prefs.putDouble(HEIGHT, stage.getHeight());
        }
    }

    /** The app's preferences, or null headless (tests and the headless commands must not depend on a last run). */
    private static Preferences preferences() {
        if ("Monocle".equals(System.getProperty("glass.platform")) || Boolean.getBoolean("nodelab.noPrefs")) {
            return null;
        }
        try {
            return Preferences.userRoot().node("org/nodelab");
        } catch (RuntimeException e) {
            LOG.warn("window size not remembered: {}", e.toString());
            return null;
        }
    }
}
