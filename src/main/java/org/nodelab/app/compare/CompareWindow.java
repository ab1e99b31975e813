package org.nodelab.app.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.nodelab.app.headless.PulseMonitor;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.RunSources;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionReport;
import org.nodelab.session.reproduce.ReproductionOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compare window: runs on the left, and in the middle either the comparison (curves on one x-axis, the
 * Pareto scatter, the diff table and the preset's published figures) or the cost panel; presenter mode on F11.
 * Live runs train on their own threads; once per pulse this reads their newest snapshots and lets at most one
 * chart redraw (see {@link ChartTurns}), so the window stays smooth however many runs race.
 */
public final class CompareWindow {

    private static final Logger LOG = LoggerFactory.getLogger(CompareWindow.class);
    /** The tables and banners are relaid at most this often while runs race. */
    private static final long TABLE_NANOS = 250_000_000L;

    private final Stage stage = new Stage();
    private final Supplier<ExperimentSession> mainSession;
    private final CompareModel model = new CompareModel();
    private final CostMeasurements measurements;
    private final List<Reproduction> presets;
    private final CompareToolBar toolBar;
    private final RunListPane runList;
    private final FairnessBanner fairness = new FairnessBanner();
    private final Label problem = new Label();
    private final List<CurvePanel> curves = CurvePanel.standard();
    private final ParetoPanel pareto;
    private final DiffTablePane diff = new DiffTablePane();
    private final PublishedPane published = new PublishedPane();
    private final PresetVerdict verdict = new PresetVerdict();
    private final CostPanel costPanel;
    private final TabPane tabs = new TabPane();
    private final ChartTurns turns = new ChartTurns();
    private final Scene scene;
    private final PulseMonitor pulses;
    private final AnimationTimer renderer;
    private final PresenterControl presenter;
    private long drawnFigures = -1;
    private long tablesAt = Long.MIN_VALUE / 2;
    private long tablesFigures = -1;

    /**
     * @param owner       the main window (or null)
     * @param mainSession the main window's running session, for "add the main window's run" (or null)
     * @param presets     the presets the menu offers (the reproduction registry in the app)
     * @param warmup      warm-up calls of the cost micro-benchmarks, and {@code calls} timed ones
     */
    public CompareWindow(Window owner, Supplier<ExperimentSession> mainSession, List<Reproduction> presets,
                         int warmup, int calls) {
        this.mainSession = mainSession;
        this.presets = List.copyOf(presets);
        this.measurements = new CostMeasurements(warmup, calls);
        costPanel = new CostPanel(model, measurements);
        pareto = new ParetoPanel(this::invalidate);
        runList = new RunListPane(model, this::invalidate);
        toolBar = new CompareToolBar(presets, new CompareToolBar.Actions() {
            @Override
            public void openPreset(Reproduction r) {
                openAndRace(r, ReproductionOptions.DEFAULTS);
            }

            @Override
            public void raceOrPause() {
                CompareWindow.this.raceOrPause();
            }

            @Override
            public void addMainRun() {
                CompareWindow.this.addMainRun();
            }

            @Override
            public void addFileRun() {
                chooseFiles();
            }

            @Override
            public void saveSessions() {
                Path folder = RunSessionFiles.chooseFolder(stage);
                if (folder != null) {
                    CompareWindow.this.saveSessions(folder);
                }
            }

            @Override
            public void presenter() {
                togglePresenter();
            }
        }, axis -> {
            model.setAxis(axis);
            invalidate();
        }, weight -> {
            model.setSmoothing(weight);
            invalidate();
        });
        diff.onChange(this::invalidate);
        presenter = new PresenterControl(stage, model, costPanel, verdict, this.presets, this::raceOrPause,
                this::openPreset);
        curves.forEach(c -> turns.add(List.of(c.chart())));
        turns.add(List.of(pareto.chart()));

        problem.setId("compareProblem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.setPadding(new Insets(0, 12, 0, 12));
        problem.setManaged(false);

        Tab compare = new Tab("Compare", CompareLayout.comparison(curves, pareto, diff, published));
        compare.setId("compareTab");
        Tab costs = new Tab("Cost", costPanel.root());
        costs.setId("costTab");
        tabs.getTabs().addAll(compare, costs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox centre = new VBox(fairness, problem, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        BorderPane root = new BorderPane(centre, toolBar.root(), null, null, runList.root());
        scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(CompareWindow.class.getResource("/org/nodelab/app/window/nodelab.css")
                .toExternalForm());
        scene.getStylesheets().add(CompareWindow.class.getResource("compare.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                togglePresenter();
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                raceOrPause();
                e.consume();
            }
        });
        stage.initOwner(owner);
        stage.setTitle("NODE Lab — compare runs");
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        pulses = new PulseMonitor(scene, 1 << 16);
        pulses.start();
        renderer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        renderer.start();
    }

    // --- what the user does ---------------------------------------------------------------------------------

    /** Replaces the runs with the preset's and starts them racing at once: one click from menu to live curves. */
    public void openAndRace(Reproduction r, ReproductionOptions options) {
        openPreset(r, options);
        model.startAll();
    }

    /** Replaces the runs with the preset's, ready to race. */
    public void openPreset(Reproduction r, ReproductionOptions options) {
        try {
            model.openPreset(r, options);
            showProblem(null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            showProblem("Cannot open " + r.title() + ": " + e.getMessage());
        }
        invalidate();
    }

    public void raceOrPause() {
        if (model.racing()) {
            model.pauseAll();
        } else {
            model.startAll();
        }
    }

    private void addMainRun() {
        ExperimentSession s = mainSession == null ? null : mainSession.get();
        if (s == null) {
            showProblem("There is no main window run to add.");
            return;
        }
        try {
            String family = s.snapshot().config().model().family().id().toUpperCase(java.util.Locale.ROOT);
            model.addWatched("main window: " + family, s);
            showProblem(null);
        } catch (IllegalStateException e) {
            showProblem(e.getMessage());
        }
        invalidate();
    }

    private void chooseFiles() {
        RunSessionFiles.chooseRuns(stage, this::addFiles);
    }

    /** Saves every live run here as a session file in {@code folder}; says where, or why not. */
    public java.util.concurrent.CompletableFuture<List<Path>> saveSessions(Path folder) {
        return RunSessionFiles.saveLive(model.rows(), folder, this::showProblem);
    }

    /** Adds one run read from one file or from a training log and its model file; a bad file is named. */
    public void addFiles(List<Path> files) {
        try {
            ComparedRun run = RunSources.load(files, null);
            model.addFixed(run, null);
            showProblem(null);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.info("cannot add {}: {}", files, e.getMessage());
            showProblem("Cannot add " + files.get(0).getFileName() + ": " + e.getMessage());
        }
        invalidate();
    }

    public void togglePresenter() {
        presenter.toggle();
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setManaged(text != null);
        problem.setVisible(text != null);
    }

    /** Something the user changed: redraw on the next pulse whatever the throttles say. */
    private void invalidate() {
        drawnFigures = -1;
        tablesFigures = -1;
        tablesAt = Long.MIN_VALUE / 2;
    }

    // --- the pulse ------------------------------------------------------------------------------------------

    private void pulse(long now) {
        model.pulse(now);
        runList.pulse();
        toolBar.showRacing(model.racing(), model.rows().stream().anyMatch(r -> r.live() != null
                && r.live().owned()));
        long figures = model.figuresVersion();
        if (figures != drawnFigures) {
            drawnFigures = figures;
            List<RunRow> shown = model.shownRows();
            List<Integer> colours = model.shownColours();
            for (CurvePanel c : curves) {
                c.request(shown, colours, model.axis(), model.smoothing());
            }
            requestPareto(shown, colours);
        }
        if (figures != tablesFigures && now - tablesAt >= TABLE_NANOS) {
            tablesFigures = figures;
            tablesAt = now;
            Comparison c = model.comparison();
            fairness.show(c);
            diff.show(c, model.shownColours());
            published.show(model.preset());
        }
        verdict.pulse(model);
        published.showVerdict(verdict);
        costPanel.pulse(tabs.getSelectionModel().getSelectedIndex() == 1);
        presenter.pulse();
        turns.pulse(now);
    }

    private void requestPareto(List<RunRow> shown, List<Integer> colours) {
        List<ComparedRun> runs = new ArrayList<>();
        java.util.Map<String, Double> costs = new java.util.HashMap<>();
        for (RunRow r : shown) {
            runs.add(r.run());
            RunCost c = costPanel.cost(r);
            costs.put(r.id(), c == null ? Double.NaN : c.costPerRequest().value());
        }
        pareto.request(runs, colours, run -> costs.getOrDefault(run.id(), Double.NaN));
    }

    // --- for the app, the tests and the headless commands ------------------------------------------------

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public CompareModel model() {
        return model;
    }

    public PulseMonitor pulses() {
        return pulses;
    }

    public String renderSummary() {
        return turns.profile().summary();
    }

    /** The figures a test or a script reads, by name. FX thread. */
    public java.util.Map<String, String> figures() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (CurvePanel c : curves) {
            out.put(c.chart().name() + " points", Integer.toString(c.points()));
        }
        out.put("pareto points", Integer.toString(pareto.shown()));
        out.put("diff cells", Integer.toString(diff.cells()));
        out.put("published figures", Integer.toString(published.figures()));
        out.put("verdict", String.join("\n", PublishedPane.lines(verdict)));
        out.put("seconds to verdict", Double.toString(verdict.secondsToVerdict()));
        out.put("cost cards with numbers", Integer.toString(costPanel.cardsWithNumbers()));
        out.put("fairness", fairness.fairness() == null ? "" : fairness.fairness().statement());
        out.put("problem", problem.getText());
        out.put("presenter", presenter.texts());
        out.put("runs", String.join(" | ", runList.progressLines()));
        return out;
    }

    /** Shows the comparison (0) or the cost panel (1). */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public CostInputsPane costInputs() {
        return costPanel.inputs();
    }

    WhatIfPane whatIf() {
        return costPanel.whatIf();
    }

    /** Measures every shown run's cost now (what the panel's button does). */
    public void measureCosts() {
        costPanel.measureShown();
    }

    /** The open preset's report once its verdict is in, else null. */
    ReproductionReport verdictReport() {
        return verdict.report();
    }

    /** Applies every pending chart update now: a screenshot shows the newest figures. */
    public void flushCharts() {
        pulse(System.nanoTime());
        turns.flushAll();
    }

    /** The presenter's stage once presenter mode was opened, else null. */
    public Stage presenterStage() {
        return presenter.stage();
    }

    public boolean presenting() {
        return presenter.showing();
    }

    /** Stops the races, ends the window's own sessions and the measuring thread. */
    public void close() {
        renderer.stop();
        pulses.stop();
        presenter.close();
        verdict.close();
        model.close();
        measurements.close();
    }
}
