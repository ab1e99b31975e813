package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.app.controls.ControlPanels;
import org.nodelab.app.controls.LabeledSlider;
import org.nodelab.app.files.ExperimentFiles;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.TrainingConfig;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless under Monocle: the default experiment, every model family, every slider,
 * the run controls, a forced fault, and a system exploration. Each check reads the trainer's own snapshot,
 * so a control that does not reach the trainer fails the test.
 */
class NodeLabAppTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private NodeLabApp application;
    private WindowProbe probe;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        application = (NodeLabApp) FxToolkit.setupApplication(NodeLabApp.class);
        probe = application.probe();
        // Since JavaFX 20 a stage shown headless may not get focus by itself.
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
    void opensTheDefaultExperimentReadyToTrain() throws Exception {
        assertThat(stage.getTitle()).isEqualTo("NODE Lab");
        assertThat(stage.getIcons()).as("the stage icon from assets/").isNotEmpty();
        SessionSnapshot ready = waitFor(() -> snapshot().state() == RunState.READY && snapshot().analysis() != null);
        assertThat(ready.config().model().family()).isEqualTo(ModelFamilies.fromId("hbnode"));
        assertThat(ready.config().data().dataset()).isEqualTo("spirals");
        // The untrained flow is already drawn: eigenvalues, Lyapunov exponents and the analysis solve's steps;
        // the NFE counters agree that nothing was trained yet ("–" forward beside a total of 0).
        waitUntil(() -> fx(() -> probe.count("spectrum", "eigenvalues") > 0
                && probe.count("lyapunov", "points") > 0
                && probe.figure("nfe", "note").contains("evaluations")));
        assertThat(fx(() -> probe.figure("nfe", "forward"))).isEqualTo("–");
        assertThat(fx(() -> probe.figure("nfe", "total"))).isEqualTo("0");
        assertThat(fx(() -> probe.statusState())).isEqualTo("Ready");
    }

    @Test
    void playTrainsLiveAndEveryViewFills() throws Exception {
        waitFor(() -> snapshot().state() == RunState.READY);
        robot.clickOn("#playButton");
        waitFor(() -> snapshot().latest() != null && snapshot().latest().iteration() >= 12);
        waitUntil(() -> fx(() -> probe.count("nfe", "points") >= 5
                && probe.count("loss", "points") >= 5
                && probe.count("lyapunov", "points") >= 2
                && probe.count("spectrum", "eigenvalues") > 0));
        long total = fx(() -> probe.count("nfe", "total"));
        assertThat(total).as("total NFE counter").isPositive();
        waitUntil(() -> fx(() -> probe.count("nfe", "total")) > total);
        assertThat(fx(() -> probe.statusState())).isEqualTo("Training");

        robot.clickOn("#playButton");
        SessionSnapshot paused = waitFor(() -> snapshot().state() == RunState.PAUSED);
        int at = paused.latest().iteration();
        robot.clickOn("#stepButton");
        waitFor(() -> snapshot().latest().iteration() == at + 1 && snapshot().state() == RunState.PAUSED);
        // Reset asks before it throws the trained iterations away: keeping the run keeps them.
        robot.clickOn("#resetButton");
        waitUntil(() -> fx(() -> probe.banner("restartBanner").showing()));
        assertThat(fx(() -> probe.banner("restartBanner").message())).contains("discarded");
        robot.clickOn("#restartBannerSecondary");
        assertThat(fx(() -> probe.banner("restartBanner").showing())).isFalse();
        assertThat(snapshot().latest()).as("the run is kept").isNotNull();
        robot.clickOn("#resetButton");
        robot.clickOn("#restartBannerPrimary");
        waitFor(() -> snapshot().state() == RunState.READY && snapshot().latest() == null);
        waitUntil(() -> fx(() -> probe.count("loss", "points") == 0));
    }

    @Test
    void everyModelFamilyTrains() throws Exception {
        for (ModelFamily family : ModelFamilies.all()) {
            robot.interact(() -> probe.<ModelFamily>choice("familyChoice").setValue(family));
            if (fx(() -> probe.banner("restartBanner").showing())) {
                // After training, a new family asks before it discards the run.
                robot.clickOn("#restartBannerPrimary");
            }
            SessionSnapshot built = waitFor(() -> snapshot().config().model().family() == family
                    && snapshot().state() == RunState.READY);
            assertThat(built.problem()).as(family + " builds").isNull();
            robot.interact(probe::playPause);
            waitFor(() -> snapshot().config().model().family() == family && snapshot().latest() != null
                    && snapshot().latest().iteration() >= 2);
            robot.interact(() -> probe.session().pause());
            SessionSnapshot s = waitFor(() -> snapshot().state() == RunState.PAUSED);
            assertThat(s.latest().nfeForward()).as(family + " forward NFE").isPositive();
            assertThat(s.latest().trainLoss()).as(family + " loss").isFinite();
        }
    }

    @Test
    void everySliderReachesTheTrainer() throws Exception {
        waitFor(() -> snapshot().state() == RunState.READY);
        LabeledSlider damping = slider("dampingSlider");
        LabeledSlider tolerance = slider("toleranceSlider");
        LabeledSlider learningRate = slider("learningRateSlider");
        LabeledSlider strength = slider("strengthSlider");
        LabeledSlider time = slider("timeSlider");
        LabeledSlider xi = slider("xiSlider");
        robot.interact(() -> probe.<RegularizerKind>choice("regularizerChoice").setValue(RegularizerKind.LOCAL_ERROR));
        waitFor(() -> snapshot().config().regularizer().kind() == RegularizerKind.LOCAL_ERROR);

        drag(damping.slider(), 60);
        waitFor(() -> Math.abs(snapshot().config().model().damping() - fxValue(damping::get)) < 1e-12
                && snapshot().config().model().damping() > 0.6);
        drag(tolerance.slider(), -60);
        waitFor(() -> snapshot().config().solver().rtol() < 1e-3
                && snapshot().config().solver().rtol() == fxValue(tolerance::get));
        drag(learningRate.slider(), -50);
        waitFor(() -> snapshot().config().optimizer().learningRate() < 0.01
                && snapshot().config().optimizer().learningRate() == fxValue(learningRate::get));
        drag(strength.slider(), 50);
        waitFor(() -> snapshot().config().regularizer().strength() > 0.01
                && snapshot().config().regularizer().strength() == fxValue(strength::get));
        drag(time.slider(), 50);
        waitFor(() -> snapshot().config().integrationTime() > 1.0
                && snapshot().config().integrationTime() == fxValue(time::get));
        robot.interact(() -> probe.<ModelFamily>choice("familyChoice").setValue(ModelFamilies.fromId("ghbnode")));
        waitFor(() -> snapshot().config().model().family() == ModelFamilies.fromId("ghbnode")
                && snapshot().state() == RunState.READY);
        drag(xi.slider(), 60);
        waitFor(() -> snapshot().config().model().xi() > 0.2
                && snapshot().config().model().xi() == fxValue(xi::get));

        // The adjoint norm is a choice of its own, greyed out for backprop (which has no backward solve).
        assertThat(snapshot().config().solver().adjointNorm()).isEqualTo(AdjointNorm.MIXED);
        robot.interact(() -> probe.<AdjointNorm>choice("adjointNormChoice").setValue(AdjointNorm.SEMINORM));
        waitFor(() -> snapshot().config().solver().adjointNorm() == AdjointNorm.SEMINORM);
        robot.interact(() -> probe.<GradientMethod>choice("gradientChoice").setValue(GradientMethod.BACKPROP));
        waitFor(() -> snapshot().config().gradient() == GradientMethod.BACKPROP);
        waitFor(() -> fxValue(() -> probe.choice("adjointNormChoice").isDisabled() ? 1.0 : 0.0) == 1.0);
    }

    @Test
    void aRestartingChangeAsksFirstOnceTrainingHasBegun() throws Exception {
        waitFor(() -> snapshot().state() == RunState.READY);
        robot.clickOn("#stepButton");
        waitFor(() -> snapshot().latest() != null && snapshot().state() == RunState.PAUSED);
        robot.interact(() -> probe.<ModelFamily>choice("familyChoice").setValue(ModelFamilies.fromId("node")));
        waitUntil(() -> fx(() -> probe.banner("restartBanner").showing()));
        assertThat(snapshot().config().model().family()).as("nothing restarts before the user agrees")
                .isEqualTo(ModelFamilies.fromId("hbnode"));
        robot.clickOn("#restartBannerPrimary");
        waitFor(() -> snapshot().config().model().family() == ModelFamilies.fromId("node") && snapshot().latest() == null);
    }

    @Test
    void theResetQuestionCountsTheIterationsThatGoOnWhileItWaits() throws Exception {
        waitFor(() -> snapshot().state() == RunState.READY);
        robot.clickOn("#playButton");
        waitFor(() -> snapshot().latest() != null && snapshot().latest().iteration() >= 2);
        robot.interact(probe::resetRun);
        waitUntil(() -> fx(() -> probe.banner("restartBanner").showing()));
        String asked = fx(() -> probe.banner("restartBanner").message());
        int then = snapshot().latest().iteration();
        waitFor(() -> snapshot().latest().iteration() >= then + 3);
        // The question names the iterations that would be lost now, not the count when it was asked.
        waitUntil(() -> {
            int now = snapshot().latest().iteration();
            String text = fx(() -> probe.banner("restartBanner").message());
            return !text.equals(asked)
                    && (text.contains(now + " iterations") || text.contains((now - 1) + " iterations"));
        });
        robot.clickOn("#restartBannerSecondary");
        robot.clickOn("#playButton");
    }

    @Test
    void aFaultShowsAPlainMessageAndTheAppStaysUsable() throws Exception {
        TrainingConfig ready = waitFor(() -> snapshot().state() == RunState.READY).config();
        // One step allowed: the forward solve hits the step limit at once.
        robot.interact(() -> probe.session().submit(ready.withSolver(s -> s.withMaxSteps(1))));
        waitFor(() -> snapshot().config().solver().maxSteps() == 1);
        robot.clickOn("#playButton");
        SessionSnapshot faulted = waitFor(() -> snapshot().state() == RunState.FAULTED);
        assertThat(faulted.problem()).isNotBlank();
        waitUntil(() -> fx(() -> probe.banner("faultBanner").showing()));
        assertThat(fx(() -> probe.banner("faultBanner").message())).contains(faulted.problem());
        assertThat(fx(() -> probe.statusState())).isEqualTo("Stopped");

        robot.interact(() -> probe.session().submit(ready));
        robot.clickOn("#playButton");
        waitFor(() -> snapshot().state() == RunState.RUNNING && snapshot().latest() != null
                && !snapshot().latest().failed());
        waitUntil(() -> fx(() -> !probe.banner("faultBanner").showing()));
        robot.interact(() -> probe.session().pause());
    }

    @Test
    void exploresABuiltInAndATypedSystemWithoutTraining() throws Exception {
        robot.clickOn("#exploreMode");
        waitUntil(() -> fx(() -> probe.exploring() && probe.count("lyapunov", "points") == 2
                && probe.count("spectrum", "eigenvalues") > 0));
        robot.interact(() -> probe.<String>choice("systemChoice").setValue(ControlPanels.TYPED_SYSTEM));
        robot.interact(() -> probe.text("equationsInput").setText("x' = y\ny' = -x - (c*y"));
        robot.clickOn("#applyEquations");
        waitUntil(() -> fx(() -> probe.label("equationProblem").getText().contains("column")));
        robot.interact(() -> probe.text("equationsInput").setText("x' = y\ny' = -x - c*y\nc = 0.3"));
        robot.clickOn("#applyEquations");
        waitUntil(() -> fx(() -> probe.label("equationProblem").getText().isEmpty()
                && "typed".equals(probe.systemId())));
        robot.clickOn("#trainMode");
        waitUntil(() -> fx(() -> !probe.exploring()));
    }

    @Test
    void opensEverySampleWithItsPictureAndNoteWithoutTraining() throws Exception {
        for (org.nodelab.io.SampleModel sample : org.nodelab.io.SampleCatalog.builtIn()) {
            robot.interact(() -> probe.files().openSample(sample));
            SessionSnapshot opened = waitFor(() -> snapshot().notice() != null
                    && snapshot().notice().startsWith("Opened " + sample.title())
                    && snapshot().state() == RunState.READY && snapshot().analysis() != null);
            assertThat(opened.config().model().family().id()).isEqualTo(sample.family());
            assertThat(opened.latest()).as("nothing was trained").isNull();
            assertThat(opened.analysis().spectra()).isNotEmpty();
            waitUntil(() -> fx(() -> probe.count("spectrum", "eigenvalues") > 0
                    && probe.banner("infoBanner").message().equals(sample.note())));
        }
    }

    @Test
    void badFilesGetAMessageAndTheRunningExperimentStays(@TempDir Path dir) throws Exception {
        SessionSnapshot before = waitFor(() -> snapshot().state() == RunState.READY);
        Path corrupt = dir.resolve("broken.json");
        Files.writeString(corrupt, "{\"format\": \"nodelab-model\", \"schemaVersion\": 1, \"family\": ");
        robot.interact(() -> probe.files().openModel(corrupt));
        waitUntil(() -> fx(() -> probe.banner("infoBanner").showing()
                && probe.banner("infoBanner").message().startsWith("Cannot open broken.json")));
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "x,y,label\n0.1,0.2,0\n0.3,oops,1\n0.5,0.6,1\n");
        robot.interact(() -> probe.files().openCsv(csv));
        waitUntil(() -> fx(() -> probe.banner("infoBanner").message().startsWith("Cannot open bad.csv")
                && probe.banner("infoBanner").message().contains("line 3")));
        assertThat(probe.session().snapshot().config()).as("the running experiment is untouched")
                .isEqualTo(before.config());
    }

    @Test
    void aModelTrainedOnACsvReopensWithThatCsv(@TempDir Path dir) throws Exception {
        waitFor(() -> snapshot().state() == RunState.READY);
        StringBuilder rows = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i % 7 * 0.1).append(',').append(i % 5 * 0.2).append(',').append(i % 2).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("good.csv"), rows);
        Path model = dir.resolve("m.json");
        assertThat(org.nodelab.cli.CommandLineRunner.run("train", "--csv", csv.toString(), "--width", "4",
                "--iters", "2", "--save", model.toString())).isZero();
        // Declined: the window says what it needs and keeps the running experiment.
        robot.interact(() -> probe.files().useCsvChooser((title, name) -> null));
        robot.interact(() -> probe.files().openModel(model));
        waitUntil(() -> fx(() -> probe.banner("infoBanner").message().contains("was trained on good.csv")));
        // Given the CSV: the model opens on it.
        robot.interact(() -> probe.files().useCsvChooser((title, name) -> csv));
        robot.interact(() -> probe.files().openModel(model));
        SessionSnapshot opened = waitFor(() -> snapshot().state() == RunState.READY
                && snapshot().config().data().dataset().equals("csv:good.csv") && snapshot().notice() != null
                && snapshot().notice().startsWith("Opened m.json"));
        assertThat(opened.problem()).isNull();
        assertThat(opened.data().test().size()).isPositive();
    }

    @Test
    void savesAScreenshotOfTheWindow(@TempDir Path dir) throws Exception {
        waitFor(() -> snapshot().analysis() != null);
        Path png = dir.resolve("shot.png");
        ExperimentFiles.writePng(fx(probe::snapshotImage), png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(900);
        assertThat(Files.size(png)).isGreaterThan(20_000);
        // A folder that is not there is named, and nothing is left behind.
        Path missing = dir.resolve("no/such/shot.png");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExperimentFiles.writePng(fx(probe::snapshotImage),
                missing)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasCauseInstanceOf(org.nodelab.io.UserFileException.class).hasMessageContaining("does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(".nodelab-"))).isEmpty();
        }
    }

    private SessionSnapshot snapshot() {
        return probe.session().snapshot();
    }

    /** The labeled slider whose slider has this id, as the user sees it in the control panel. */
    private LabeledSlider slider(String id) {
        try {
            return fx(() -> probe.slider(id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void drag(Slider slider, double dx) {
        robot.interact(() -> probe.reveal(slider));
        WaitForAsyncUtils.waitForFxEvents();
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SessionSnapshot waitFor(Supplier<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            SessionSnapshot s = snapshot();
            throw new AssertionError("timed out; the session is " + s.state() + " with " + s.config().model()
                    + " at iteration " + (s.latest() == null ? 0 : s.latest().iteration()) + ", problem: "
                    + s.problem(), e);
        }
        return snapshot();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static double fxValue(Callable<Double> query) {
        try {
            return fx(query);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
