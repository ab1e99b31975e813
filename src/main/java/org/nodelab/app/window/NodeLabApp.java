package org.nodelab.app.window;

import java.io.InputStream;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.nodelab.train.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the main window with the default experiment (HBNODE on two spirals) ready to
 * train. ND4J and its native libraries load on the trainer's thread, so the first frame never waits for them.
 */
public class NodeLabApp extends Application {

    public static final String TITLE = "NODE Lab";
    private static final String ICON = "/org/nodelab/app/assets/nodelab-icon.png";
    private static final Logger LOG = LoggerFactory.getLogger(NodeLabApp.class);

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, TrainingConfig.defaults());
        stage.setTitle(TITLE);
        stage.setScene(window.scene());
        WindowPlacement.apply(stage);
        addIcon(stage);
        stage.show();
        window.shown();
        LOG.info("window shown {} ms after the JVM started",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** What the UI tests read and do in the window. */
    WindowProbe probe() {
        return window.probe();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    private static void addIcon(Stage stage) {
        try (InputStream in = NodeLabApp.class.getResourceAsStream(ICON)) {
            if (in == null) {
                LOG.warn("application icon {} is missing from the class path", ICON);
                return;
            }
            stage.getIcons().add(new Image(in));
        } catch (Exception e) {
            LOG.warn("cannot load the application icon {}: {}", ICON, e.toString());
        }
    }
}
