package org.nodelab.app;

import java.lang.management.ManagementFactory;
import java.util.List;
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

import org.nodelab.session.ExperimentSession;
import org.nodelab.session.ExplorationRequest;
import org.nodelab.session.ExplorationSnapshot;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.SystemExploration;
import org.nodelab.train.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NODE Lab's main window: menus and a toolbar on top, the controls of the current mode on the left, every live
 * view in the middle and a status bar below. It owns the running experiment (a training session, or a system
 * exploration) and renders the newest snapshot once per pulse; it never waits on the trainer.
 */
final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final Dashboard dashboard;
    private final TrainingControls trainingControls = new TrainingControls();
    private final ExplorationControls explorationControls = new ExplorationControls();
    private final StatusBar status = new StatusBar();
    private final Banner fault = new Banner("faultBanner", "danger");
    private final Banner restart = new Banner("restartBanner", "warning");
    private final Banner info = new Banner("infoBanner", "accent");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final RunToolBar toolBar;
    private final ExperimentFiles files;
    private final ScrollPane controlsScroll = new ScrollPane();
    private final Scene scene;
    private final AnimationTimer renderer;
    private final PulseMonitor pulses;
    /** Completed once the window has been drawn: the first session waits for it before it loads ND4J. */
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();

    private ExperimentSession session;
    private SystemExploration exploration;
    private boolean exploring;
    private long renderedVersion = -1;
    private Object renderedSource;
    private Frame frame;
    private TrainingConfig shownConfig;
    private String shownProblem;
    private boolean reportedReady;

    MainWindow(Stage stage, TrainingConfig initial) {
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
        files = new ExperimentFiles(this, stage);
        toolBar = new RunToolBar(this::playPause, this::stepOnce, this::resetRun, this::setExploring, dark);
        dark.addListener((o, was, on) -> applyTheme(on));

        controlsScroll.setContent(trainingControls.root());
        controlsScroll.setFitToWidth(true);
        controlsScroll.setPrefWidth(290);
        controlsScroll.setMinWidth(250);
        controlsScroll.getStyleClass().add("control-panel");
        trainingControls.onChange(this::configChanged);
        trainingControls.openCsvButton().setOnAction(e -> files.chooseCsv());
        explorationControls.onChange(r -> exploration().submit(r));

        VBox center = new VBox(fault, restart, info, dashboard.root());
        VBox.setVgrow(dashboard.root(), Priority.ALWAYS);
        BorderPane root = new BorderPane();
        root.setTop(new VBox(WindowMenus.create(this, files, stage, dark), toolBar.root()));
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

    ExperimentFiles files() {
        return files;
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

    /** Whether the newest snapshot of the running experiment has been drawn. */
    boolean renderedNewest() {
        long newest = exploring ? exploration().snapshot().version() : session.snapshot().version();
        return renderedVersion == newest;
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

    /** The id of the system whose picture is shown while exploring ("typed" for typed equations), or null. */
    String dashboardSystemId() {
        if (exploration == null || exploration.snapshot().system() == null) {
            return null;
        }
        return exploration.snapshot().system().id();
    }

    // --- actions -------------------------------------------------------------------------------------------

    void playPause() {
        if (exploring) {
            return;
        }
        if (session.snapshot().state() == RunState.RUNNING) {
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
        if (session.wouldRestart(next) && s.latest() != null) {
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
        toolBar.showMode(on);
        if (on == exploring) {
            return;
        }
        exploring = on;
        restart.hide();
        if (on) {
            session.pause();
            explorationControls.show(exploration().snapshot().request());
            controlsScroll.setContent(explorationControls.root());
        } else {
            controlsScroll.setContent(trainingControls.root());
        }
        dashboard.setTraining(!on);
        renderedVersion = -1;
    }

    private SystemExploration exploration() {
        if (exploration == null) {
            exploration = new SystemExploration(ExplorationRequest.defaults());
        }
        return exploration;
    }

    void setDark(boolean on) {
        dark.set(on);
    }

    private void applyTheme(boolean on) {
        Application.setUserAgentStylesheet(on ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dashboard.setDark(on);
    }

    /** Replaces the running experiment; the old one is closed off the FX thread (closing waits for its thread). */
    void replaceSession(ExperimentSession next) {
        ExperimentSession old = session;
        session = next;
        renderedVersion = -1;
        shownConfig = null;
        restart.hide();
        setExploring(false);
        CompletableFuture.runAsync(old::close);
    }

    void showInfo(String message) {
        info.show(message, null, null, "Dismiss", info::hide);
    }

    void hideInfo() {
        info.hide();
    }

    /** The window as it is now, with every pending chart update applied. */
    WritableImage snapshotImage() {
        dashboard.flushAll();
        return scene.snapshot(null);
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
                List<String> names = s.config().model().family().stateNames(n);
                frame = Frame.of(s, names);
                status.show(s);
                showState(s);
            }
        }
        dashboard.render(frame, changed, now);
    }

    private void showState(SessionSnapshot s) {
        if (!reportedReady && s.state() == RunState.READY && s.analysis() != null) {
            reportedReady = true;
            LOG.info("default experiment ready, first picture drawn {} ms after the JVM started",
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        toolBar.showState(s.state());
        if (s.config() != shownConfig && !restart.showing()) {
            shownConfig = s.config();
            trainingControls.show(s.config());
        }
        // Each new problem is shown once; Dismiss keeps it hidden until a different one comes.
        if (s.state() == RunState.FAULTED && s.problem() != null) {
            if (!s.problem().equals(shownProblem)) {
                shownProblem = s.problem();
                fault.show(s.problem(), "Reset", this::resetRun, "Dismiss", fault::hide);
            }
        } else {
            fault.hide();
            shownProblem = null;
        }
    }

    void close() {
        renderer.stop();
        pulses.stop();
        session.close();
        if (exploration != null) {
            exploration.close();
        }
        LOG.debug("main window closed");
    }
}
