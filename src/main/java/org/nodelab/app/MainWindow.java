package org.nodelab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.ExplorationRequest;
import org.nodelab.session.ExplorationSnapshot;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.SystemExploration;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.LabeledCsvOptions;
import org.nodelab.train.data.LabeledCsvReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NODE Lab's main window: menus and a toolbar on top, the controls of the current mode on the left, every live
 * view in the middle and a status bar below. It owns the running experiment (a training session, or a system
 * exploration) and renders the newest snapshot once per pulse; it never waits on the trainer.
 */
final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Dashboard dashboard;
    private final TrainingControls trainingControls = new TrainingControls();
    private final ExplorationControls explorationControls = new ExplorationControls();
    private final StatusBar status = new StatusBar();
    private final Banner fault = new Banner("faultBanner", "danger");
    private final Banner restart = new Banner("restartBanner", "warning");
    private final Banner info = new Banner("infoBanner", "accent");
    private final Button play = new Button("▶ Play");
    private final Button step = new Button("Step");
    private final Button reset = new Button("Reset");
    private final ToggleButton trainMode = new ToggleButton("Train a model");
    private final ToggleButton exploreMode = new ToggleButton("Explore a system");
    private final CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
    private final ScrollPane controlsScroll = new ScrollPane();
    private final Scene scene;
    private final AnimationTimer renderer;
    private final PulseMonitor pulses;

    private ExperimentSession session;
    /** Completed once the window has been drawn: the first session waits for it before it loads ND4J. */
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();
    private SystemExploration exploration;
    private boolean exploring;
    private long renderedVersion = -1;
    private Object renderedSource;
    private Frame frame;
    private TrainingConfig shownConfig;
    private String shownProblem;

    MainWindow(Stage stage, TrainingConfig initial) {
        this.stage = stage;
        dashboard = new Dashboard(p -> {
            if (exploring) {
                ExplorationRequest next = explorationControls.current().withProjection(p);
                explorationControls.show(next);
                exploration().submit(next);
            } else {
                session.setProjection(p);
            }
        });
        session = new ExperimentSession(initial, null, null, null, firstFrame);

        controlsScroll.setContent(trainingControls.root());
        controlsScroll.setFitToWidth(true);
        controlsScroll.setPrefWidth(290);
        controlsScroll.setMinWidth(250);
        controlsScroll.getStyleClass().add("control-panel");
        trainingControls.onChange(this::configChanged);
        trainingControls.openCsvButton().setOnAction(e -> openCsv());
        explorationControls.onChange(r -> exploration().submit(r));

        VBox center = new VBox(fault, restart, info, dashboard.root());
        VBox.setVgrow(dashboard.root(), Priority.ALWAYS);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setLeft(controlsScroll);
        root.setCenter(center);
        root.setBottom(status.root());

        scene = new Scene(root, 1280, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("nodelab.css").toExternalForm());
        installShortcuts();
        pulses = new PulseMonitor(scene, 1 << 16);
        pulses.start();
        renderer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                renderPulse(now);
            }
        };
        renderer.start();
    }

    /** Called once the stage is showing; lets the first experiment start building. */
    void shown() {
        // One pulse later the first frame is on screen.
        Platform.runLater(() -> firstFrame.complete(null));
    }

    Scene scene() {
        return scene;
    }

    Dashboard dashboard() {
        return dashboard;
    }

    TrainingControls trainingControls() {
        return trainingControls;
    }

    ExplorationControls explorationControls() {
        return explorationControls;
    }

    StatusBar status() {
        return status;
    }

    PulseMonitor pulses() {
        return pulses;
    }

    Banner faultBanner() {
        return fault;
    }

    Banner infoBanner() {
        return info;
    }

    Banner restartBanner() {
        return restart;
    }

    ExperimentSession session() {
        return session;
    }

    boolean exploring() {
        return exploring;
    }

    /** Scrolls the control panel so that {@code control} is in view. */
    void reveal(javafx.scene.Node control) {
        javafx.scene.Node content = controlsScroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = controlsScroll.getViewportBounds().getHeight();
        javafx.geometry.Bounds b = content.sceneToLocal(control.localToScene(control.getBoundsInLocal()));
        if (contentHeight > viewport) {
            double target = Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (contentHeight - viewport)));
            controlsScroll.setVvalue(target);
        }
    }

    /** The id of the system whose picture is shown while exploring ("typed" for typed equations), or null. */
    String dashboardSystemId() {
        if (exploration == null || exploration.snapshot().system() == null) {
            return null;
        }
        return exploration.snapshot().system().id();
    }

    private MenuBar menuBar() {
        MenuItem openModel = new MenuItem("Open Model File…");
        openModel.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openModel.setOnAction(e -> openModelFile());
        MenuItem openCsv = new MenuItem("Open CSV Data…");
        openCsv.setOnAction(e -> openCsv());
        MenuItem save = new MenuItem("Save Model…");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saveModel());
        MenuItem shot = new MenuItem("Save Screenshot…");
        shot.setOnAction(e -> saveScreenshotAs());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu samples = new Menu("Open Sample");
        samples.setId("samplesMenu");
        try {
            for (SampleModel sample : SampleCatalog.builtIn()) {
                MenuItem item = new MenuItem(sample.title());
                item.setId("sample-" + sample.id());
                item.setOnAction(e -> openSample(sample));
                samples.getItems().add(item);
            }
        } catch (RuntimeException e) {
            LOG.warn("the sample models cannot be listed: {}", e.getMessage());
            MenuItem none = new MenuItem("(samples unavailable: " + e.getMessage() + ")");
            none.setDisable(true);
            samples.getItems().add(none);
        }
        Menu file = new Menu("File", null, samples, openModel, openCsv, save, shot, quit);
        file.setId("fileMenu");

        MenuItem playItem = new MenuItem("Play / Pause");
        playItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        playItem.setOnAction(e -> playPause());
        MenuItem stepItem = new MenuItem("Step");
        stepItem.setAccelerator(new KeyCodeCombination(KeyCode.F6));
        stepItem.setOnAction(e -> stepOnce());
        MenuItem resetItem = new MenuItem("Reset");
        resetItem.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        resetItem.setOnAction(e -> resetRun());
        Menu run = new Menu("Run", null, playItem, stepItem, resetItem);

        darkTheme.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        darkTheme.setOnAction(e -> setDark(darkTheme.isSelected()));
        MenuItem train = new MenuItem("Train a Model");
        train.setOnAction(e -> setExploring(false));
        MenuItem explore = new MenuItem("Explore a System");
        explore.setOnAction(e -> setExploring(true));
        Menu view = new Menu("View", null, train, explore, darkTheme);

        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setOnAction(e -> showShortcuts());
        Menu help = new Menu("Help", null, keys);
        return new MenuBar(file, run, view, help);
    }

    private ToolBar toolBar() {
        ToggleGroup modes = new ToggleGroup();
        trainMode.setToggleGroup(modes);
        exploreMode.setToggleGroup(modes);
        trainMode.setSelected(true);
        trainMode.setId("trainMode");
        exploreMode.setId("exploreMode");
        trainMode.getStyleClass().add("left-pill");
        exploreMode.getStyleClass().add("right-pill");
        trainMode.setTooltip(new Tooltip("Train a neural ODE and watch its dynamics change"));
        exploreMode.setTooltip(new Tooltip("The same views for a classic or typed system, without training"));
        trainMode.setOnAction(e -> setExploring(false));
        exploreMode.setOnAction(e -> setExploring(true));
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        play.setId("playButton");
        step.setId("stepButton");
        reset.setId("resetButton");
        play.getStyleClass().add("play-button");
        play.setMinWidth(96);
        play.setTooltip(new Tooltip("Start or pause training (F5 or Space)"));
        step.setTooltip(new Tooltip("Train one iteration, then pause (F6)"));
        reset.setTooltip(new Tooltip("Start again from fresh weights with the current settings (Ctrl+R)"));
        play.setOnAction(e -> playPause());
        step.setOnAction(e -> stepOnce());
        reset.setOnAction(e -> resetRun());
        ToggleButton theme = new ToggleButton("◐");
        theme.setId("themeToggle");
        theme.setTooltip(new Tooltip("Light or dark theme (Ctrl+Shift+D)"));
        theme.selectedProperty().bindBidirectional(darkTheme.selectedProperty());
        theme.setOnAction(e -> setDark(theme.isSelected()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label title = new Label("NODE Lab");
        title.getStyleClass().add("app-title");
        HBox modeBox = new HBox(0, trainMode, exploreMode);
        modeBox.setAlignment(Pos.CENTER_LEFT);
        ToolBar bar = new ToolBar(title, modeBox, play, step, reset, gap, theme);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void installShortcuts() {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)
                    && !e.isShortcutDown()) {
                playPause();
                e.consume();
            }
        });
    }

    private void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.setContentText("""
                Space or F5    Play / Pause
                F6             Step one iteration
                Ctrl+R         Reset
                Ctrl+O         Open a model file
                Ctrl+S         Save the model
                Ctrl+Shift+D   Dark theme
                Double-click a view's title to enlarge it.""");
        a.show();
    }

    // --- actions -------------------------------------------------------------------------------------------

    void playPause() {
        if (exploring) {
            return;
        }
        SessionSnapshot s = session.snapshot();
        if (s.state() == RunState.RUNNING) {
            session.pause();
        } else {
            session.play();
        }
    }

    void stepOnce() {
        if (!exploring) {
            session.step();
        }
    }

    void resetRun() {
        if (!exploring) {
            restart.hide();
            session.reset();
        }
    }

    private void configChanged(TrainingConfig next) {
        SessionSnapshot s = session.snapshot();
        boolean trained = s.latest() != null;
        if (session.wouldRestart(next) && trained) {
            int done = s.latest().iteration();
            restart.show("This change starts a new run: the model is rebuilt from fresh weights, and the "
                            + (done == 1 ? "iteration" : done + " iterations") + " trained so far "
                            + (done == 1 ? "is" : "are") + " discarded.", "Restart with the change", () -> {
                        restart.hide();
                        session.submit(trainingControls.read());
                    }, "Undo the change", () -> {
                        restart.hide();
                        trainingControls.show(session.snapshot().config());
                    });
            return;
        }
        restart.hide();
        session.submit(next);
    }

    void setExploring(boolean on) {
        if (on == exploring) {
            return;
        }
        exploring = on;
        trainMode.setSelected(!on);
        exploreMode.setSelected(on);
        restart.hide();
        if (on) {
            session.pause();
            explorationControls.show(exploration().snapshot().request());
            controlsScroll.setContent(explorationControls.root());
        } else {
            controlsScroll.setContent(trainingControls.root());
        }
        play.setDisable(on);
        step.setDisable(on);
        reset.setDisable(on);
        dashboard.setTraining(!on);
        renderedVersion = -1;
    }

    private SystemExploration exploration() {
        if (exploration == null) {
            exploration = new SystemExploration(ExplorationRequest.defaults());
        }
        return exploration;
    }

    void setDark(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        darkTheme.setSelected(dark);
        dashboard.setDark(dark);
    }

    /** Replaces the running experiment; the old one is closed off the FX thread (closing waits for its thread). */
    void replaceSession(ExperimentSession next) {
        ExperimentSession old = session;
        session = next;
        renderedVersion = -1;
        shownConfig = null;
        setExploring(false);
        CompletableFuture.runAsync(old::close);
    }

    private void openCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open labeled CSV data");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openCsv(file.toPath());
        }
    }

    /** Reads the CSV off the FX thread; a malformed file leaves the current run untouched and says why. */
    void openCsv(Path file) {
        TrainingConfig base = session.snapshot().config();
        CompletableFuture.supplyAsync(() -> {
            try {
                return LabeledCsvReader.read(file, LabeledCsvOptions.defaults().withSeed(base.dataSeed())).dataset();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((data, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                showInfo("Cannot open " + file.getFileName() + ": " + cause.getMessage());
                return;
            }
            TrainingConfig config = base.withDataset("csv:" + file.getFileName(), Math.max(8, data.train().size()
                    + data.test().size()), base.noise(), base.dataSeed());
            replaceSession(new ExperimentSession(config, data, null, "Training on " + file.getFileName() + ": "
                    + data.train().size() + " training and " + data.test().size() + " test rows, "
                    + data.classCount() + " classes"));
        }));
    }

    private void openModelFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a NODE Lab model");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("NODE Lab models", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openModel(file.toPath());
        }
    }

    /** Loads and validates a model file off the FX thread, then shows its dynamics without training. */
    void openModel(Path file) {
        openAsync(() -> ModelFiles.load(file), file.getFileName().toString(), null);
    }

    /** Opens a sample that ships with the app: its dynamics at once, and its note on what to look at. */
    void openSample(SampleModel sample) {
        openAsync(() -> SampleCatalog.load(sample), sample.title(), sample.note());
    }

    private void openAsync(java.util.concurrent.Callable<LoadedModel> loader, String name, String note) {
        CompletableFuture.supplyAsync(() -> {
            try {
                LoadedModel loaded = loader.call();
                try {
                    return new Object[] {loaded.config(), loaded.model().parameters().clone(), loaded.history()};
                } finally {
                    loaded.model().close();
                }
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((parts, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                showInfo("Cannot open " + name + ": " + cause.getMessage());
                return;
            }
            openLoaded((TrainingConfig) parts[0], (double[]) parts[1], name,
                    (org.nodelab.io.HistorySummary) parts[2], note);
        }));
    }

    void openLoaded(TrainingConfig config, double[] parameters, String name, org.nodelab.io.HistorySummary history,
                    String note) {
        String trained = history == null || history.iterations() == 0 ? "" : String.format(
                " (trained %d iterations, test accuracy %.0f%%)", history.iterations(),
                100 * history.finalTestAccuracy());
        replaceSession(new ExperimentSession(config, null, parameters, "Opened " + name + trained));
        trainingControls.show(config);
        if (note != null) {
            info.show(note, null, null, "Dismiss", info::hide);
        } else {
            info.hide();
        }
    }

    private void showInfo(String message) {
        info.show(message, null, null, "Dismiss", info::hide);
    }

    private void saveModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model");
        chooser.setInitialFileName(session.snapshot().config().model().family().id() + "-"
                + session.snapshot().config().dataset().replace(':', '-') + ".json");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        session.saveModel(file.toPath()).whenComplete((path, error) -> Platform.runLater(() ->
                showInfo(error == null ? "Saved the model to " + path
                        : "Could not save the model: " + (error.getCause() != null ? error.getCause() : error)
                        .getMessage())));
    }

    private void saveScreenshotAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a screenshot");
        chooser.setInitialFileName("nodelab.png");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                saveScreenshot(file.toPath());
            } catch (IOException e) {
                showInfo("Could not save the screenshot: " + e.getMessage());
            }
        }
    }

    /** Renders the window as it is now (with every pending chart update applied) to a PNG file. */
    void saveScreenshot(Path file) throws IOException {
        dashboard.flushAll();
        WritableImage image = scene.snapshot(null);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    // --- rendering -----------------------------------------------------------------------------------------

    private void renderPulse(long now) {
        boolean changed;
        if (exploring) {
            ExplorationSnapshot s = exploration().snapshot();
            changed = s.version() != renderedVersion || renderedSource != exploration;
            if (changed) {
                renderedVersion = s.version();
                renderedSource = exploration;
                frame = Frame.of(s);
                status.show(s);
                explorationControls.showProblem(s.problem());
            }
        } else {
            SessionSnapshot s = session.snapshot();
            changed = s.version() != renderedVersion || renderedSource != session;
            if (changed) {
                renderedVersion = s.version();
                renderedSource = session;
                int n = s.analysis() == null ? 0 : s.analysis().stateDimension();
                List<String> names = StateNames.of(s.config().model().family(), n);
                frame = Frame.of(s, names);
                status.show(s);
                showState(s);
            }
        }
        dashboard.render(frame, changed, now);
    }

    private boolean reportedReady;

    private void showState(SessionSnapshot s) {
        if (!reportedReady && s.state() == RunState.READY && s.analysis() != null) {
            reportedReady = true;
            LOG.info("default experiment ready, first picture drawn {} ms after the JVM started",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
        boolean running = s.state() == RunState.RUNNING;
        play.setText(running ? "Pause" : "▶ Play");
        step.setDisable(running || s.state() == RunState.LOADING);
        if (s.config() != shownConfig && !restart.showing()) {
            shownConfig = s.config();
            trainingControls.show(s.config());
        }
        if (s.state() == RunState.FAULTED && s.problem() != null) {
            if (!s.problem().equals(shownProblem) || !fault.showing()) {
                shownProblem = s.problem();
                fault.show(s.problem(), "Reset", this::resetRun, "Dismiss", fault::hide);
            }
        } else if (fault.showing() && s.state() != RunState.FAULTED) {
            fault.hide();
            shownProblem = null;
        }
    }

    void close() {
        renderer.stop();
        pulses.stop();
        ExperimentSession s = session;
        SystemExploration e = exploration;
        s.close();
        if (e != null) {
            e.close();
        }
        LOG.debug("main window closed");
    }
}
