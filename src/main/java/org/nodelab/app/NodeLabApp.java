package org.nodelab.app;

import java.io.InputStream;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop window: a header saying what NODE Lab is, and a live phase portrait. A placeholder for the full
 * lab window, but every part of it is real: the solver, the background solve and the chart.
 */
public class NodeLabApp extends Application {

    public static final String TITLE = "NODE Lab";
    static final double WIDTH = 1100;
    static final double HEIGHT = 720;
    private static final String ICON = "/org/nodelab/app/assets/nodelab-icon.png";
    private static final Logger LOG = LoggerFactory.getLogger(NodeLabApp.class);

    private PhasePortraitView portrait;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        portrait = new PhasePortraitView();
        BorderPane root = new BorderPane();
        root.setTop(new HeaderView());
        root.setCenter(portrait);

        stage.setTitle(TITLE);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(NodeLabApp.class.getResource("nodelab.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        addIcon(stage);
        stage.show();
        portrait.start();
    }

    @Override
    public void stop() {
        if (portrait != null) {
            portrait.close();
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
