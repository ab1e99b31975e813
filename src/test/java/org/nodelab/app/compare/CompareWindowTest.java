package org.nodelab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nodelab.session.reproduce.PlannedRun;
import org.nodelab.session.reproduce.PublishedFigure;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionOptions;
import org.nodelab.session.reproduce.ReproductionReport;
import org.nodelab.session.reproduce.Reproductions;
import org.nodelab.session.reproduce.RunResult;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare window headless under Monocle, with the real momentum preset made small (one seed, 64 points, a few
 * iterations): one click opens it and its runs race live, the curves, diff table and published figures fill,
 * every run's cost card shows measured numbers, and presenter mode opens and answers its keys.
 */
class CompareWindowTest {

    private static final int ITERATIONS = 6;

    private final FxRobot robot = new FxRobot();
    private CompareWindow window;

    /** The momentum preset as the lab ships it, planned with a small dataset and few iterations. */
    static final class SmallMomentum implements Reproduction {
        private final Reproduction real = Reproductions.fromId("momentum");
        private final int iterations;

        SmallMomentum(int iterations) {
            this.iterations = iterations;
        }

        @Override
        public String id() {
            return real.id();
        }

        @Override
        public String title() {
            return real.title();
        }

        @Override
        public String claim() {
            return real.claim();
        }

        @Override
        public List<PlannedRun> plan(ReproductionOptions options) {
            return real.plan(new ReproductionOptions(List.of(1), iterations, 64));
        }

        @Override
        public List<PublishedFigure> published() {
            return real.published();
        }

        @Override
        public ReproductionReport report(List<RunResult> results) {
            return real.report(results);
        }
    }

    private static List<Map<String, Object>> withoutCpu(List<Map<String, Object>> table) {
        return table.stream().map(row -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
            copy.remove("cpuSeconds");
            return (Map<String, Object>) copy;
        }).toList();
    }

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** @param iterations per run of the preset the window offers */
    private void open(int iterations) throws Exception {
        window = fx(() -> {
            CompareWindow w = new CompareWindow(null, null, List.of(new SmallMomentum(iterations)), 5, 20);
            w.stage().setWidth(1280);
            w.stage().setHeight(720);
            w.stage().show();
            w.stage().toFront();
            w.stage().requestFocus();
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            fx(() -> {
                window.stage().close();
                return null;
            });
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aPresetRacesLiveAndEveryPanelShowsNumbers() throws Exception {
        open(ITERATIONS);
        robot.clickOn("#presetsMenu");
        robot.clickOn("#preset-momentum");
        List<RunRow> rows = fx(() -> window.model().rows());
        assertThat(rows).extracting(RunRow::name).containsExactly("NODE, T = 3, seed 1", "HBNODE, T = 3, seed 1",
                "GHBNODE, T = 3, seed 1");
        assertThat(fx(() -> window.model().racing())).as("one click starts the race").isTrue();
        waitUntil(() -> fx(() -> window.model().finished() && !window.model().racing()));
        for (RunRow r : fx(() -> window.model().rows())) {
            // Exactly the preset's iteration count: the race stops at its finish line, not one past it.
            assertThat(r.run().iterations()).as(r.name()).isEqualTo(ITERATIONS);
            assertThat(r.live().session().snapshot().latest().iteration()).isEqualTo(ITERATIONS);
        }
        waitUntil(() -> fx(() -> {
            window.flushCharts();
            Map<String, String> f = window.figures();
            return Integer.parseInt(f.get("accuracy chart points")) >= 3 * ITERATIONS / 2
                    && Integer.parseInt(f.get("nfeForward chart points")) == 3 * ITERATIONS
                    && Integer.parseInt(f.get("pareto points")) == 3
                    && Integer.parseInt(f.get("diff cells")) > 0;
        }));
        // Smoothing draws each curve twice, the raw one faint behind the smoothed one.
        int raw = Integer.parseInt(fx(() -> window.figures().get("nfeForward chart points")));
        fx(() -> {
            robot.lookup("#smoothing").queryAs(javafx.scene.control.ChoiceBox.class).setValue(0.9);
            return null;
        });
        waitUntil(() -> fx(() -> {
            window.flushCharts();
            return Integer.parseInt(window.figures().get("nfeForward chart points")) == 2 * raw;
        }));
        assertThat(fx(() -> window.model().smoothing())).isEqualTo(0.9);

        // The verdict comes once the race is over, decided from the raced runs as nodelab reproduce decides it
        // from runs it trains itself: the same plan trained headless gives the same outcomes, word for word.
        waitUntil(() -> fx(() -> !window.figures().get("seconds to verdict").equals("NaN")));
        String shown = fx(() -> window.figures().get("verdict"));
        Reproduction small = new SmallMomentum(ITERATIONS);
        List<RunResult> headless = new org.nodelab.session.reproduce.ReproductionRunner(2,
                java.time.Duration.ofMinutes(5), null).run(small.plan(null));
        try {
            ReproductionReport report = small.report(headless);
            String expected = String.join("\n", report.verdicts().stream().map(v -> v.outcome() + ": " + v.aim())
                    .toList());
            assertThat(shown).isEqualTo(expected).contains("hold");
            // And the figures behind it: accuracy, NFE per iteration and to target, the tolerance sweep.
            ReproductionReport inWindow = fx(() -> window.verdictReport());
            // (CPU time is the one column the window leaves empty: its runs share threads with the UI.)
            assertThat(withoutCpu(inWindow.table())).isEqualTo(withoutCpu(report.table()));
            assertThat(inWindow.extraTables()).isEqualTo(report.extraTables());
        } finally {
            headless.forEach(RunResult::close);
        }
        Map<String, String> f = fx(() -> window.figures());
        assertThat(Integer.parseInt(f.get("published figures"))).isPositive();
        // The families differ, nothing NFE depends on does: no fairness warning.
        assertThat(f.get("fairness")).startsWith("NFE is comparable");
        assertThat(f.get("runs")).contains("it 6 / 6 · done");

        robot.clickOn("#costTab");
        waitUntil(() -> fx(() -> window.figures().get("cost cards with numbers").equals("3")));
        assertThat(robot.lookup("#t0Explanation").queryLabeled().getText()).contains("against NODE");

        // A typing mistake is named and the last good inputs stay; a good value moves the cards.
        robot.clickOn("#requestsPerDay").eraseText(7).write("lots").type(KeyCode.ENTER);
        assertThat(robot.lookup("#costInputProblem").queryLabeled().getText())
                .contains("requests per day must be a number, not 'lots'");
        assertThat(fx(() -> window.costInputs().inputs().requestsPerDay().value())).isEqualTo(1e6);
        robot.clickOn("#requestsPerDay").eraseText(4).write("2000000").type(KeyCode.ENTER);
        assertThat(fx(() -> window.costInputs().inputs().requestsPerDay().value())).isEqualTo(2e6);
        assertThat(robot.lookup("#costInputProblem").queryLabeled().getText()).isEmpty();

        // What if HBNODE needed half its NFE? Its card moves at once and says it is a what-if; nothing retrains.
        String measured = robot.lookup("#savings-HBNODET3seed1").queryLabeled().getText();
        fx(() -> {
            window.whatIf().set(0.5, 1);
            return null;
        });
        waitUntil(() -> fx(() -> !robot.lookup("#savings-HBNODET3seed1").queryLabeled().getText().equals(measured)));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("what-if: candidates' NFE × 0.50")).queryAll()).hasSize(2);
        fx(() -> {
            window.whatIf().reset();
            return null;
        });
        waitUntil(() -> fx(() -> robot.lookup("#savings-HBNODET3seed1").queryLabeled().getText().equals(measured)));

        // A saved run that is not there is named, and the comparison keeps its runs.
        fx(() -> {
            window.addFiles(List.of(java.nio.file.Path.of("no-such-run.json")));
            return null;
        });
        assertThat(fx(() -> window.figures().get("problem"))).contains("no-such-run.json");
        assertThat(fx(() -> window.model().rows())).hasSize(3);

        // Presenter mode shows what was found in the claim's place once the race is over.
        press(() -> window.scene(), KeyCode.F11);
        waitUntil(() -> fx(() -> window.presenting()));
        waitUntil(() -> fx(() -> window.figures().get("presenter").contains("Measured here: " + shown
                .lines().findFirst().orElseThrow())));
        press(() -> window.presenterStage().getScene(), KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !window.presenting()));
    }

    /**
     * The manager's path to the end: race, save both sessions, reopen them (here and in nodelab compare) and read
     * the same numbers.
     */
    @Test
    void savedSessionsReopenWithTheSameNumbersHereAndInNodelabCompare(@org.junit.jupiter.api.io.TempDir
                                                                      java.nio.file.Path dir) throws Exception {
        open(4);
        robot.clickOn("#presetsMenu");
        robot.clickOn("#preset-momentum");
        waitUntil(() -> fx(() -> window.model().finished() && !window.model().racing()));
        List<java.nio.file.Path> saved = fx(() -> window.saveSessions(dir)).get(60, TimeUnit.SECONDS);
        assertThat(saved).hasSize(3).allSatisfy(p -> assertThat(p).exists());
        List<RunRow> live = fx(() -> window.model().rows());

        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = org.nodelab.cli.CommandLineRunner.newCommandLine();
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int code = cli.execute("compare", saved.get(0).toString(), saved.get(1).toString(), saved.get(2).toString());
        assertThat(code).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString());
        for (int k = 0; k < 3; k++) {
            org.nodelab.session.compare.ComparedRun run = live.get(k).run();
            com.fasterxml.jackson.databind.JsonNode row = json.get("runs").get(k);
            assertThat(row.get("iterations").asInt()).isEqualTo(4);
            assertThat(row.get("totalNfe").asDouble()).as(run.name()).isEqualTo((double) run.series().totalNfe());
        }

        // Reopened in the compare window beside the live runs: the same last test accuracy.
        fx(() -> {
            window.addFiles(List.of(saved.get(1)));
            return null;
        });
        List<RunRow> rows = fx(() -> window.model().rows());
        assertThat(rows).hasSize(4);
        org.nodelab.session.compare.RunSeries reopened = rows.get(3).run().series();
        org.nodelab.session.compare.RunSeries raced = live.get(1).run().series();
        assertThat(reopened.size()).isEqualTo(raced.size());
        assertThat(reopened.values(org.nodelab.session.compare.Metric.TEST_ACCURACY))
                .containsExactly(raced.values(org.nodelab.session.compare.Metric.TEST_ACCURACY));
    }

    @Test
    void presenterModeOpensAndItsKeysWork() throws Exception {
        open(10_000); // a race that lasts: the keys pause and resume it
        robot.clickOn("#presetsMenu");
        robot.clickOn("#preset-momentum");
        robot.clickOn("#raceButton"); // pause: the keys start it again
        waitUntil(() -> fx(() -> !window.model().racing()));
        press(() -> window.scene(), KeyCode.F11);
        waitUntil(() -> fx(() -> window.presenting()));
        fx(() -> {
            window.presenterStage().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.figures().get("presenter"))).contains("Does momentum save compute?")
                .contains("NODE, T = 3, seed 1").contains("HBNODE, T = 3, seed 1");

        press(() -> window.presenterStage().getScene(), KeyCode.SPACE);
        assertThat(fx(() -> window.model().racing())).as("Space starts the race").isTrue();
        press(() -> window.presenterStage().getScene(), KeyCode.SPACE);
        assertThat(fx(() -> window.model().racing())).as("Space pauses it").isFalse();

        String before = fx(() -> window.model().rows().get(0).id());
        List<String> runsBefore = fx(() -> window.model().rows().stream().map(r -> r.live().session().toString())
                .toList());
        press(() -> window.presenterStage().getScene(), KeyCode.RIGHT);
        // The next preset (here the only one) opens afresh: new sessions, ready to race.
        List<String> runsAfter = fx(() -> window.model().rows().stream().map(r -> r.live().session().toString())
                .toList());
        assertThat(runsAfter).hasSize(3).doesNotContainAnyElementsOf(runsBefore);
        assertThat(fx(() -> window.model().rows().get(0).id())).isEqualTo(before);

        press(() -> window.presenterStage().getScene(), KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !window.presenting()));

        // A planned run removed mid-race: no verdict can be decided, and the pane says why instead of waiting.
        fx(() -> {
            window.model().remove(window.model().rows().get(1).id());
            return null;
        });
        waitUntil(() -> fx(() -> window.figures().get("verdict").startsWith("No verdict: HBNODE, T = 3, seed 1 was "
                + "removed")));
    }
    /**
     * A key pressed and released in a window, delivered to its focus owner as the keyboard would. Sent to the
     * scene rather than typed by the robot: the robot types into whichever window the (headless) platform thinks
     * is focused, which on a loaded machine was now and then another test's stage.
     */
    private static void press(java.util.function.Supplier<javafx.scene.Scene> scene, KeyCode code) throws Exception {
        fx(() -> {
            javafx.scene.Scene s = scene.get();
            javafx.scene.Node target = s.getFocusOwner() != null ? s.getFocusOwner() : s.getRoot();
            for (javafx.event.EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(target, new KeyEvent(type, "", "", code, false, false, false, false));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }


    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within 120 s");
    }

}
