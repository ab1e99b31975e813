package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nodelab.session.RunState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user met in the window's layout: the NFE view after a visit to Explore, the Animate button. */
class ViewLayoutTest {

    private final FxRobot robot = new FxRobot();
    private NodeLabApp application;
    private WindowProbe probe;
    private Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        application = (NodeLabApp) FxToolkit.setupApplication(NodeLabApp.class);
        probe = application.probe();
        robot.interact(stage::toFront);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.session().snapshot().state() == RunState.READY
                && probe.session().snapshot().analysis() != null);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void theNfeViewIsWholeAfterAVisitToExplore() throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        robot.interact(() -> probe.setExploring(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> probe.count("lyapunov", "points") > 0));
        robot.interact(() -> probe.setExploring(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node nfe = probe.node("#nfeView");
        Node loss = probe.node("#lossView");
        Bounds pane = fx(() -> nfe.localToScene(nfe.getBoundsInLocal()));
        Bounds lossPane = fx(() -> loss.localToScene(loss.getBoundsInLocal()));
        for (Node chart : fx(() -> nfe.lookupAll(".chart-viewer-surface").stream().toList())) {
            Bounds b = fx(() -> chart.localToScene(chart.getBoundsInLocal()));
            assertThat(b.getWidth()).as("a chart of the NFE view is drawn").isGreaterThan(60);
            assertThat(b.getHeight()).isGreaterThan(40);
            assertThat(b.getMaxX()).as("it stays in its cell, clear of the loss panel").isLessThanOrEqualTo(
                    Math.min(pane.getMaxX(), lossPane.getMinX()) + 1);
        }
        assertThat(fx(() -> nfe.lookupAll(".chart-viewer-surface").size())).as("both charts shown").isEqualTo(2);
    }

    @Test
    void animateTurnsIntoStop() throws Exception {
        ToggleButton animate = (ToggleButton) probe.node("#animateToggle");
        robot.interact(animate::fire);
        assertThat(fx(animate::getText)).contains("Stop");
        robot.interact(animate::fire);
        assertThat(fx(animate::getText)).contains("Animate");
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
