package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;
import org.nodelab.session.RunState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A thousand seeded random actions while training runs: sliders, buttons, choices, mode switches, samples,
 * resets and their banners, the theme, the animation. Afterwards nothing may have thrown anywhere, the run must
 * still publish snapshots and every view must hold data. Replay a failure with {@code -Dmonkey.seed=N}; the
 * seed and the action log are printed when it fails.
 */
class MonkeyTest {

    private static final int ACTIONS = Integer.getInteger("monkey.actions", 1000);
    private static final String[] SLIDERS = {"dampingSlider", "toleranceSlider", "learningRateSlider",
            "strengthSlider", "timeSlider", "xiSlider"};
    private static final String[] EXPLORE_SLIDERS = {"durationSlider", "spreadSlider", "exploreToleranceSlider"};
    private static final String[] BUTTONS = {"#playButton", "#stepButton", "#themeToggle", "#animateToggle"};

    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = new ArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private NodeLabApp application;
    private WindowProbe probe;

    @BeforeEach
    void openWindow() throws Exception {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Stage stage = FxToolkit.registerPrimaryStage();
        application = (NodeLabApp) FxToolkit.setupApplication(NodeLabApp.class);
        probe = application.probe();
        robot.interact(() -> {
            stage.toFront();
            // The FX thread's own handler: an exception in a listener or a pulse lands here.
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.session().snapshot().state() == RunState.READY);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void aThousandRandomActionsWhileTraining() throws Exception {
        long seed = Long.getLong("monkey.seed", 20261201L);
        Random random = new Random(seed);
        List<SampleModel> samples = SampleCatalog.builtIn();
        try {
            robot.interact(probe::playPause);
            for (int i = 0; i < ACTIONS; i++) {
                int kind = random.nextInt(100);
                double u = random.nextDouble();
                int pick = random.nextInt(1 << 16);
                String action = describe(kind, u, pick, samples);
                log.add(i + ": " + action);
                // One round trip to the FX thread, not robot.interact's several waits: a thousand of those took
                // minutes.
                WaitForAsyncUtils.asyncFx(() -> act(kind, u, pick, samples)).get(20, TimeUnit.SECONDS);
                if (i % 10 == 0) {
                    // Let the trainer and the pulses run between bursts, without waiting long.
                    Thread.sleep(20);
                }
                if (!uncaught.isEmpty()) {
                    break;
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(uncaught).as("uncaught exceptions").isEmpty();

            // Back to training, on and running: the run must keep publishing and every view fill.
            robot.interact(() -> {
                probe.setExploring(false);
                probe.banner("restartBanner").hide();
                if (probe.session().snapshot().state() != RunState.RUNNING) {
                    probe.session().play();
                }
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.session().snapshot().state()
                    == RunState.RUNNING || probe.session().snapshot().state() == RunState.FAULTED);
            if (probe.session().snapshot().state() == RunState.FAULTED) {
                // A random setting may diverge; that is the fault banner's job. Start again from fresh weights.
                robot.interact(() -> {
                    probe.session().reset();
                    probe.session().play();
                });
            }
            long version = probe.session().snapshot().version();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.session().snapshot().version() > version + 5
                    && probe.session().snapshot().latest() != null);
            try {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> probe.count("loss", "points") > 0
                        && probe.count("nfe", "points") > 0
                        && probe.count("spectrum", "eigenvalues") > 0
                        && probe.count("lyapunov", "points") > 0
                        && probe.count("state space", "tracked") > 0));
            } catch (java.util.concurrent.TimeoutException e) {
                var s = probe.session().snapshot();
                throw new AssertionError("a view stayed empty: loss " + fx(() -> probe.figure("loss", "points"))
                        + ", nfe " + fx(() -> probe.figure("nfe", "points")) + ", spectrum "
                        + fx(() -> probe.figure("spectrum", "eigenvalues")) + ", lyapunov "
                        + fx(() -> probe.figure("lyapunov", "points")) + ", tracked "
                        + fx(() -> probe.figure("state space", "tracked")) + "; session " + s.state() + " at "
                        + (s.latest() == null ? 0 : s.latest().iteration()) + ", analysis "
                        + (s.analysis() == null ? "none" : s.analysis().iteration() + " with "
                        + s.analysis().spectra().size() + " spectra") + ", exploring " + fx(probe::exploring)
                        + ", config " + s.config(), e);
            }
            assertThat(uncaught).as("uncaught exceptions").isEmpty();
        } catch (Throwable failure) {
            System.err.println("MonkeyTest failed with seed " + seed + " (replay: -Dmonkey.seed=" + seed + ")");
            System.err.println("uncaught: " + uncaught);
            int from = Math.max(0, log.size() - 200);
            System.err.println("last actions:\n" + String.join("\n", log.subList(from, log.size())));
            throw failure;
        } finally {
            robot.interact(() -> probe.session().pause());
        }
    }

    private static String describe(int kind, double u, int pick, List<SampleModel> samples) {
        if (kind < 40) {
            return "slider " + u;
        } else if (kind < 60) {
            return "button " + BUTTONS[pick % BUTTONS.length];
        } else if (kind < 66) {
            return "mode " + (pick % 2 == 0 ? "explore" : "train");
        } else if (kind < 72) {
            return "reset, then " + (pick % 2 == 0 ? "discard" : "keep");
        } else if (kind < 74) {
            return "open sample " + samples.get(pick % samples.size()).id();
        } else if (kind < 80) {
            return "choice " + pick;
        } else if (kind < 85) {
            return "banner answer " + (pick % 2);
        } else {
            return "slider (explore) " + u;
        }
    }

    /** One action, on the FX thread, as a user's click or drag would end. */
    private void act(int kind, double u, int pick, List<SampleModel> samples) {
        if (kind < 40) {
            moveSlider(SLIDERS[pick % SLIDERS.length], u);
        } else if (kind < 60) {
            javafx.scene.Node n = probe.node(BUTTONS[pick % BUTTONS.length]);
            if (n instanceof ButtonBase b && !b.isDisabled()) {
                b.fire();
            }
        } else if (kind < 66) {
            probe.setExploring(pick % 2 == 0);
        } else if (kind < 72) {
            probe.resetRun();
            answerBanner(pick);
        } else if (kind < 74) {
            probe.files().openSample(samples.get(pick % samples.size()));
        } else if (kind < 80) {
            // Choices that change nothing heavy at random; the family, data and width rebuild and ask first.
            String[] ids = {"solverChoice", "gradientChoice", "regularizerChoice", "familyChoice"};
            ComboBox<Object> box = probe.choice(ids[pick % ids.length]);
            if (!box.isDisabled() && !box.getItems().isEmpty()) {
                box.setValue(box.getItems().get((pick / 7) % box.getItems().size()));
            }
        } else if (kind < 85) {
            answerBanner(pick);
        } else {
            moveSlider(EXPLORE_SLIDERS[pick % EXPLORE_SLIDERS.length], u);
        }
    }

    private void answerBanner(int pick) {
        Banner restart = probe.banner("restartBanner");
        if (restart.showing()) {
            ButtonBase b = (ButtonBase) probe.node(pick % 2 == 0 ? "#restartBannerPrimary" : "#restartBannerSecondary");
            b.fire();
        }
    }

    private void moveSlider(String id, double u) {
        Slider s = probe.slider(id).slider();
        if (!s.isDisabled()) {
            s.setValueChanging(true);
            s.setValue(s.getMin() + u * (s.getMax() - s.getMin()));
            s.setValueChanging(false);
        }
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

}
