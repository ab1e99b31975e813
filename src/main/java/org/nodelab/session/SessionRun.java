package org.nodelab.session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.nodelab.io.SessionFile;
import org.nodelab.train.ConfigChange;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one session's trainer thread owns, and how each {@link SessionCommand} changes it: the trainer, the
 * history, the analysis and the run's state, published as a {@link SessionSnapshot} after every change. Only the
 * trainer thread touches it (commands reach it through the session's executor), so it needs no locks;
 * {@link ExperimentSession} is the thread-safe side that other threads talk to.
 */
final class SessionRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentSession.class);

    private final SnapshotPublisher<SessionSnapshot> snapshots;
    /** Queues a command behind the ones waiting (Play's next iteration). */
    private final Consumer<SessionCommand> send;
    private final CompletableFuture<?> startGate;
    private final CompletableFuture<Void> closing;
    private final RunOrigin origin;

    private TrainingConfig config;
    private String notice;
    private Trainer trainer;
    private TrainingHistory history;
    private Analyzer analyzer;
    private AnalysisSnapshot analysis;
    private RunState state = RunState.LOADING;
    private String problem;
    private long runNanos;
    /** The rate the status bar shows: recent, and counting the analysis, since that is what the user waits for. */
    private final RecentRate recentRate = new RecentRate();
    private boolean playing;
    /** Whether an Iterate command is queued, so that Play pressed twice does not start two chains. */
    private boolean iterationQueued;
    private Projection projection;

    /**
     * @param startGate the model is built (loading ND4J the first time) only once this completes
     * @param closing   completed when the session closes: loading stops waiting, queued work is skipped
     */
    SessionRun(TrainingConfig initial, RunOrigin origin, Projection projection, String notice,
               CompletableFuture<?> startGate, CompletableFuture<Void> closing,
               SnapshotPublisher<SessionSnapshot> snapshots, Consumer<SessionCommand> send) {
        this.config = initial;
        this.origin = origin;
        this.projection = projection;
        this.notice = notice;
        this.startGate = startGate;
        this.closing = closing;
        this.snapshots = snapshots;
        this.send = send;
        publish(null);
    }

    /** Runs one command on the trainer thread; nothing that goes wrong in it may end the thread or the UI. */
    void run(SessionCommand command) {
        if (state == RunState.CLOSED || closing.isDone() && !command.runsWhileClosing()) {
            command.refuse();
            return;
        }
        try {
            handle(command);
        } catch (RuntimeException | Error e) {
            // The UI must never die because training failed: report it and wait for a reset or a new config.
            LOG.error("training thread failed", e);
            problem = "Training stopped because of an internal error: " + e;
            playing = false;
            if (state.canBecome(RunState.FAULTED)) {
                state = RunState.FAULTED; // not a closed session's: that one stays closed
            }
            publish(null);
        }
    }

    private void handle(SessionCommand command) {
        if (command instanceof SessionCommand.Load) {
            load();
        } else if (command instanceof SessionCommand.Play) {
            playing = true;
            queueIteration();
        } else if (command instanceof SessionCommand.Iterate) {
            iterate();
        } else if (command instanceof SessionCommand.Pause) {
            pauseRun();
        } else if (command instanceof SessionCommand.Step) {
            playing = false;
            iterateOnce();
        } else if (command instanceof SessionCommand.Reset) {
            playing = false;
            origin.resetting();
            rebuild();
        } else if (command instanceof SessionCommand.ApplyConfig apply) {
            applyConfig(apply.config());
        } else if (command instanceof SessionCommand.SetProjection set) {
            reproject(set.projection());
        } else if (command instanceof SessionCommand.Save save) {
            save.perform(trainer, history == null ? null : history.view());
        } else if (command instanceof SessionCommand.Copy copy) {
            copy.perform(trainer, history == null ? null : history.view());
        } else if (command instanceof SessionCommand.Close) {
            close0();
        } else {
            throw new AssertionError("unhandled command " + command);
        }
    }

    private void load() {
        // Closing before the gate opens (a window shut during start-up) need not wait for it.
        CompletableFuture.anyOf(startGate, closing).exceptionally(e -> null).join();
        if (!closing.isDone()) {
            rebuild();
        }
    }

    private void queueIteration() {
        if (!iterationQueued) {
            iterationQueued = true;
            send.accept(new SessionCommand.Iterate());
        }
    }

    private void iterate() {
        iterationQueued = false;
        if (!playing) {
            return; // paused, stepped or reset since this was queued
        }
        iterateOnce();
        if (playing) {
            queueIteration();
        }
    }

    private void pauseRun() {
        playing = false;
        if (state == RunState.RUNNING) {
            // The last iteration published RUNNING; say PAUSED now rather than leave it standing.
            become(RunState.PAUSED);
            publish(null);
        }
    }

    private void reproject(Projection shown) {
        projection = shown;
        if (analyzer != null) {
            analyzer.setProjection(shown);
            // While playing the next due analysis draws the new slice; paused, nothing else would.
            if (!playing) {
                analysis = analyzer.analyze(trainer.iteration());
                publish(null);
            }
        }
    }

    private void close0() {
        // A save asked for just before closing has run already (commands run in order). The model's native
        // buffers go now rather than whenever the garbage collector finds them (windows replace sessions often).
        playing = false;
        try {
            if (trainer != null) {
                trainer.close();
            }
        } finally {
            trainer = null;
            become(RunState.CLOSED);
            publish(null);
        }
    }

    private void applyConfig(TrainingConfig next) {
        ConfigChange change = ConfigChange.between(config, next);
        if (trainer == null || change.restarts()) {
            origin.restarting(config, next, change);
            config = next;
            notice = null;
            rebuild();
        } else {
            trainer.apply(next);
            config = trainer.config();
            publish(null);
        }
    }

    private void rebuild() {
        if (trainer != null) {
            trainer.close();
            trainer = null;
        }
        history = new TrainingHistory();
        analyzer = null;
        analysis = null;
        runNanos = 0;
        recentRate.clear();
        problem = null;
        become(RunState.LOADING);
        publish(null);
        IterationMetrics last = null;
        try {
            SessionFile resumed = origin.pendingSession();
            trainer = origin.build(config);
            config = trainer.config();
            if (resumed != null) {
                history = TrainingHistory.of(resumed.history());
                runNanos = (long) (java.util.Arrays.stream(resumed.history().millis()).sum() * 1e6);
                last = history.view().last();
            }
            analyzer = new Analyzer(trainer);
            analyzer.setProjection(projection);
            // The untrained (or opened, or resumed) flow is worth seeing before the next iteration.
            analysis = analyzer.analyze(trainer.iteration());
            become(RunState.READY);
        } catch (IllegalArgumentException e) {
            problem = "This configuration cannot start: " + e.getMessage();
            become(RunState.FAULTED);
        }
        // Requests made while building stand: Play pressed during loading starts training once it is ready.
        publish(last);
    }

    private void iterateOnce() {
        // No usable model (the build failed): stay faulted with the build's reason.
        if (trainer == null || analyzer == null) {
            pauseAfterFault();
            publish(null);
            return;
        }
        long started = System.nanoTime();
        IterationMetrics metrics = trainer.step();
        runNanos += System.nanoTime() - started;
        history.add(metrics);
        if (metrics.failed()) {
            problem = FaultAdvice.explain(metrics.fault());
            pauseAfterFault();
        } else {
            become(playing ? RunState.RUNNING : RunState.PAUSED);
            if (analyzer.due(metrics.iteration(), config.analysisEvery(), metrics.millis())) {
                analysis = analyzer.analyze(metrics.iteration());
            }
            recentRate.add(System.nanoTime() - started);
        }
        publish(metrics);
    }

    private void pauseAfterFault() {
        become(RunState.FAULTED);
        playing = false;
    }

    /** Moves the run to {@code next}; an illegal move is a bug, reported like any internal error. */
    private void become(RunState next) {
        if (!state.canBecome(next)) {
            throw new IllegalStateException("a session cannot go from " + state + " to " + next);
        }
        state = next;
    }

    private void publish(IterationMetrics metrics) {
        TrainingHistory.View view = history == null ? new TrainingHistory().view() : history.view();
        double seconds = runNanos / 1e9;
        double rate = recentRate.perSecond();
        snapshots.publish((version, previous) -> {
            IterationMetrics latest = view.size() == 0 ? null
                    : metrics != null ? metrics : previous == null ? null : previous.latest();
            return new SessionSnapshot(version, state, config, latest, view, problem, rate, seconds, analysis,
                    trainer == null ? null : trainer.data(), notice);
        });
    }

}
