package org.nodelab.app.window;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.nodelab.app.controls.ControlPanels;
import org.nodelab.app.files.ExperimentFiles;
import org.nodelab.app.files.ExportFiles;
import org.nodelab.app.files.ExportSource;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.DataTable;
import org.nodelab.session.TrainingHistory;
import org.nodelab.app.files.FileHost;
import org.nodelab.app.headless.PulseMonitor;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.ExplorationRequest;
import org.nodelab.session.ExplorationSnapshot;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.train.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NODE Lab's main window: menus and a toolbar on top, the controls of the current mode on the left, every live
 * view in the middle and a status bar below. The experiment and what of it was drawn live in
 * {@link ExperimentModel}; this class is the chrome around it, and renders the newest snapshot once per pulse.
 */
public final class MainWindow implements RunHost, FileHost, ExportSource {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    /** Completed once the window has been drawn: the first session waits for it before it loads ND4J. */
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();
    private final ExperimentModel model;
    private final Dashboard dashboard;
    private final ControlPanels controls = new ControlPanels();
    private final StatusBar status = new StatusBar();
    private final Banner fault = new Banner("faultBanner", "danger");
    private final Banner restart = new Banner("restartBanner", "warning");
    private final Banner info = new Banner("infoBanner", "accent");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final RunToolBar toolBar;
    private final ExperimentFiles files;
    private final ExportFiles exports;
    private final ScrollPane controlsScroll = new ScrollPane();
    private final Scene scene;
    private final AnimationTimer renderer;
    private final PulseMonitor pulses;

    private TrainingConfig shownConfig;
    private String shownProblem;
    private boolean reportedReady;

    public MainWindow(Stage stage, TrainingConfig initial) {
        model = new ExperimentModel(initial, firstFrame);
        dashboard = new Dashboard(p -> {
            if (model.exploring()) {
                ExplorationRequest next = controls.currentExploration().withProjection(p);
                controls.showExploration(next);
                model.exploration().submit(next);
            } else {
                model.session().setProjection(p);
            }
        });
        files = new ExperimentFiles(this, stage);
        exports = new ExportFiles(this, this, stage);
        toolBar = new RunToolBar(this, dark);
        dark.addListener((o, was, on) -> applyTheme(on));

        controlsScroll.setContent(controls.trainingPanel());
        controlsScroll.setFitToWidth(true);
        controlsScroll.setPrefWidth(290);
        controlsScroll.setMinWidth(250);
        controlsScroll.getStyleClass().add("control-panel");
        controls.onTrainingChange(this::configChanged);
        controls.onOpenCsv(files::chooseCsv);
        controls.onExplorationChange(r -> model.exploration().submit(r));

        VBox center = new VBox(fault, restart, info, dashboard.root());
        VBox.setVgrow(dashboard.root(), Priority.ALWAYS);
        BorderPane root = new BorderPane();
        root.setTop(new VBox(WindowMenus.create(this, files, exports, stage, dark), toolBar.root()));
        root.setLeft(controlsScroll);
        root.setCenter(center);
        root.setBottom(status.root());

        scene = new Scene(root, 1280, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("nodelab.css").toExternalForm());
        // Space plays and pauses, except where it types a space.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)
                    && !e.isShortcutDown()) {
                playPause();
                e.consume();
            }
        });
        // Started before the renderer, so that it sees the start of every pulse.
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
    public void shown() {
        // One pulse later the first frame is on screen.
        Platform.runLater(() -> firstFrame.complete(null));
    }

    public Scene scene() {
        return scene;
    }

    /** What tests and the headless commands read and do here. */
    public WindowProbe probe() {
        return new WindowProbe(this, model, dashboard, controls, files, exports, pulses);
    }

    /** Scrolls the control panel so that {@code control} is in view. */
    void reveal(Node control) {
        Node content = controlsScroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = controlsScroll.getViewportBounds().getHeight();
        Bounds b = content.sceneToLocal(control.localToScene(control.getBoundsInLocal()));
        if (contentHeight > viewport) {
            double target = Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (contentHeight - viewport)));
            controlsScroll.setVvalue(target);
        }
    }

    // --- RunHost -------------------------------------------------------------------------------------------

    @Override
    public void playPause() {
        model.playPause();
    }

    @Override
    public void stepOnce() {
        model.stepOnce();
    }

    @Override
    public void resetRun() {
        if (!model.exploring()) {
            discardingRun("Resetting starts again from fresh weights", this::resetNow);
        }
    }

    private void resetNow() {
        restart.hide();
        model.reset();
    }

    /** The same question a family change asks, in the same banner: a trained run is never thrown away unasked. */
    @Override
    public void discardingRun(String what, Runnable action) {
        SessionSnapshot s = model.session().snapshot();
        int done = s.latest() == null ? 0 : s.latest().iteration();
        if (done == 0) {
            action.run();
            return;
        }
        // Training may go on while the question waits, so the count is read again at every frame.
        restart.showLive(() -> discardMessage(what), "Discard and go on", () -> {
                    restart.hide();
                    action.run();
                }, "Keep this run", restart::hide);
    }

    private String discardMessage(String what) {
        SessionSnapshot s = model.session().snapshot();
        int done = s.latest() == null ? 0 : s.latest().iteration();
        return what + ": the " + (done == 1 ? "iteration" : done + " iterations") + " trained so far "
                + (done == 1 ? "is" : "are") + " discarded.";
    }

    @Override
    public void setExploring(boolean on) {
        toolBar.showMode(on);
        if (!model.setExploring(on)) {
            return;
        }
        restart.hide();
        // A sample's note is about the trained model, not about the system explored.
        info.hide();
        if (on) {
            controls.showExploration(model.exploration().snapshot().request());
            controlsScroll.setContent(controls.explorationPanel());
        } else {
            controlsScroll.setContent(controls.trainingPanel());
        }
        dashboard.setTraining(!on);
    }

    // --- FileHost ------------------------------------------------------------------------------------------

    @Override
    public ExperimentSession session() {
        return model.session();
    }

    /** Replaces the running experiment and shows it from the start. */
    @Override
    public void replaceSession(ExperimentSession next) {
        model.replaceSession(next);
        shownConfig = null;
        restart.hide();
        setExploring(false);
    }

    @Override
    public void showInfo(String message) {
        info.show(message, null, null, "Dismiss", info::hide);
    }

    @Override
    public void hideInfo() {
        info.hide();
    }

    @Override
    public WritableImage snapshotImage() {
        dashboard.flushAll();
        return scene.snapshot(null);
    }

    // --- ExportSource --------------------------------------------------------------------------------------

    @Override
    public Node picture() {
        dashboard.flushAll();
        return scene.getRoot();
    }

    @Override
    public java.util.List<ChartView> charts() {
        return dashboard.shownCharts();
    }

    @Override
    public java.util.List<DataTable> tables() {
        return dashboard.shownTables();
    }

    @Override
    public TrainingHistory.View history() {
        return model.exploring() ? null : model.session().snapshot().history();
    }

    // --- settings ------------------------------------------------------------------------------------------

    /** A change that rebuilds the model asks first once training has begun; any other applies at once. */
    private void configChanged(TrainingConfig next) {
        ExperimentSession session = model.session();
        SessionSnapshot s = session.snapshot();
        if (session.wouldRestart(next) && s.latest() != null) {
            int done = s.latest().iteration();
            restart.show("This change starts a new run: the model is rebuilt from fresh weights, and the "
                            + (done == 1 ? "iteration" : done + " iterations") + " trained so far "
                            + (done == 1 ? "is" : "are") + " discarded.", "Restart with the change", () -> {
                        restart.hide();
                        model.session().submit(controls.readTraining());
                    }, "Undo the change", () -> {
                        restart.hide();
                        controls.showTraining(model.session().snapshot().config());
                    });
            return;
        }
        restart.hide();
        session.submit(next);
    }

    void setDark(boolean on) {
        dark.set(on);
    }

    private void applyTheme(boolean on) {
        Application.setUserAgentStylesheet(on ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dashboard.setDark(on);
    }

    // --- rendering -----------------------------------------------------------------------------------------

    private void renderPulse(long now) {
        boolean changed;
        if (model.exploring()) {
            ExplorationSnapshot s = model.takeNewExploration();
            changed = s != null;
            if (changed) {
                status.show(s);
                controls.showExplorationProblem(s.problem());
            }
        } else {
            SessionSnapshot s = model.takeNewSession();
            changed = s != null;
            if (changed) {
                status.show(s);
                showState(s);
            }
        }
        dashboard.render(model.frame(), changed, now);
    }

    private void showState(SessionSnapshot s) {
        if (!reportedReady && s.state() == RunState.READY && s.analysis() != null) {
            reportedReady = true;
            LOG.info("default experiment ready, first picture drawn {} ms after the JVM started",
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        toolBar.showState(s.state());
        restart.refresh();
        if (s.config() != shownConfig && !restart.showing()) {
            shownConfig = s.config();
            controls.showTraining(s.config());
        }
        // Each new problem is shown once; Dismiss keeps it hidden until a different one comes.
        if (s.state() == RunState.FAULTED && s.problem() != null) {
            if (!s.problem().equals(shownProblem)) {
                shownProblem = s.problem();
                // The run stopped on a fault; Reset here is the user's answer already, so it does not ask again.
                fault.show(s.problem(), "Reset", this::resetNow, "Dismiss", fault::hide);
            }
        } else {
            fault.hide();
            shownProblem = null;
        }
    }

    public void close() {
        renderer.stop();
        pulses.stop();
        model.close();
        LOG.debug("main window closed");
    }
}
