package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.SessionFile;
import org.nodelab.io.SessionFiles;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.train.Trainer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Save Session and Open Session in the real window, headless: the reopened run has the same iteration,
 * curves, axes and theme, and Play goes on with the loss the saved run would have had next.
 */
class SessionWindowTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private NodeLabApp application;
    private WindowProbe probe;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        application = (NodeLabApp) FxToolkit.setupApplication(NodeLabApp.class);
        probe = application.probe();
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aSavedSessionReopensWithItsIterationCurvesAndViews(@TempDir Path dir) throws Exception {
        waitUntil(() -> snapshot().state() == RunState.READY && snapshot().analysis() != null);
        for (int i = 1; i <= 3; i++) {
            int done = i;
            robot.interact(() -> probe.session().step());
            waitUntil(() -> snapshot().history().size() == done && snapshot().state() == RunState.PAUSED);
        }
        waitUntil(() -> fx(() -> probe.count("loss", "points") == 3));
        robot.interact(() -> {
            axes().get(0).getSelectionModel().select(1);
            axes().get(1).getSelectionModel().select(0);
            probe.setDark(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        SessionSnapshot saved = snapshot();
        String shownLoss = fx(() -> probe.figure("loss", "train loss"));
        String shownSteps = fx(() -> probe.figure("nfe", "steps"));
        Path file = dir.resolve("run.session.json");
        fx(() -> probe.sessions().saveSession(file)).get(30, TimeUnit.SECONDS);
        waitUntil(() -> fx(() -> probe.banner("infoBanner").message().startsWith("Saved the session")));

        // Something else happens meanwhile: a reset, the first axes again, the light theme.
        robot.interact(() -> {
            probe.session().reset();
            axes().get(0).getSelectionModel().select(0);
            axes().get(1).getSelectionModel().select(1);
            probe.setDark(false);
        });
        waitUntil(() -> snapshot().history().size() == 0 && snapshot().state() == RunState.READY);

        robot.interact(() -> probe.sessions().openSession(file));
        SessionSnapshot opened = waitFor(() -> snapshot().state() == RunState.READY && snapshot().notice() != null
                && snapshot().notice().startsWith("Reopened run.session.json") && snapshot().analysis() != null);
        assertThat(opened.latest().iteration()).isEqualTo(3);
        assertThat(opened.history().size()).isEqualTo(3);
        assertThat(java.util.Arrays.copyOf(opened.history().trainLoss(), 3))
                .containsExactly(java.util.Arrays.copyOf(saved.history().trainLoss(), 3));
        assertThat(opened.config()).isEqualTo(saved.config());
        waitUntil(() -> fx(() -> probe.count("loss", "points") == 3
                && probe.figure("loss", "train loss").equals(shownLoss)));
        waitUntil(() -> fx(() -> probe.label("statusIteration").getText().equals("iteration 3")));
        assertThat(fx(() -> probe.figure("nfe", "steps"))).isEqualTo(shownSteps);
        assertThat(fx(() -> axes().get(0).getSelectionModel().getSelectedIndex())).isEqualTo(1);
        assertThat(fx(() -> axes().get(1).getSelectionModel().getSelectedIndex())).isEqualTo(0);
        assertThat(fx(() -> probe.node("#themeToggle") instanceof javafx.scene.control.ToggleButton t
                && t.isSelected())).as("the dark theme came back").isTrue();

        // Play on: the next iteration is the one the saved run would have trained.
        double expected;
        SessionFile read = SessionFiles.read(file);
        try (Trainer trainer = read.resume()) {
            expected = trainer.step().trainLoss();
        }
        robot.interact(() -> probe.session().step());
        SessionSnapshot next = waitFor(() -> snapshot().history().size() == 4
                && snapshot().state() == RunState.PAUSED);
        assertThat(next.latest().iteration()).isEqualTo(4);
        assertThat(next.latest().trainLoss()).isEqualTo(expected);
    }

    @Test
    void aBadSessionFileLeavesTheRunAndSaysWhy(@TempDir Path dir) throws Exception {
        SessionSnapshot before = waitFor(() -> snapshot().state() == RunState.READY);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"nodelab-session\", \"schemaVersion\": 9}");
        robot.interact(() -> probe.sessions().openSession(bad));
        waitUntil(() -> fx(() -> probe.banner("infoBanner").showing()
                && probe.banner("infoBanner").message().startsWith("Cannot open bad.json")
                && probe.banner("infoBanner").message().contains("schema version 9")));
        assertThat(probe.session().snapshot().config()).isEqualTo(before.config());
        assertThat(probe.session()).isSameAs(fx(() -> probe.session()));
    }

    @SuppressWarnings("unchecked")
    private List<ComboBox<String>> axes() {
        Node view = probe.node("#state-spaceView");
        return view.lookupAll(".combo-box").stream().map(n -> (ComboBox<String>) n).toList();
    }

    private SessionSnapshot snapshot() {
        return probe.session().snapshot();
    }

    private SessionSnapshot waitFor(Callable<Boolean> condition) throws Exception {
        waitUntil(condition);
        return snapshot();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
