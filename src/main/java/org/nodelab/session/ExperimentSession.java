package org.nodelab.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.SessionExploration;
import org.nodelab.io.SessionFile;
import org.nodelab.io.SessionFiles;
import org.nodelab.io.ViewSettings;
import org.nodelab.train.ConfigChange;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running experiment. The trainer lives on the session's own thread, a single-thread executor fed
 * {@link SessionCommand}s; every other thread sends commands (the control calls below only enqueue) and reads
 * {@link #snapshot()}, an immutable value replaced after every iteration. Playing is one iteration after
 * another, each queueing the next, so a command sent meanwhile runs at the next iteration boundary. A new
 * config reaches the trainer at that boundary too: live settings keep the run going, while a new model shape
 * or dataset rebuilds it (see {@link ConfigChange}).
 */
public final class ExperimentSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentSession.class);
    /** How long close waits for an iteration under way to end and the model to be freed. */
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(10);

    private final SnapshotPublisher<SessionSnapshot> snapshots = new SnapshotPublisher<>();
    private final SerialExecutor trainerThread = new SerialExecutor("nodelab-trainer");
    /** Configs handed over before the trainer gets to them collapse into the newest. */
    private final LatestRequestSlot<TrainingConfig> configs =
            new LatestRequestSlot<>(trainerThread, next -> run(new SessionCommand.ApplyConfig(next)));
    private final LatestRequestSlot<Projection> projections =
            new LatestRequestSlot<>(trainerThread, p -> run(new SessionCommand.SetProjection(p)));
    private final CompletableFuture<?> startGate;
    /** Completed by {@link #close()}: the trainer stops waiting for the start gate and skips work still queued. */
    private final CompletableFuture<Void> closing = new CompletableFuture<>();

    // Owned by the trainer thread (handed over through the executor, so no locks).
    private TrainingConfig config;
    private final RunOrigin origin;
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
    private Projection projection = Projection.FIRST_TWO;

    public ExperimentSession(TrainingConfig initial) {
        this(initial, null, null, null);
    }

    /**
     * @param data        the dataset to train on (an imported CSV), or null for the config's generated one
     * @param parameters  parameters to start from (an opened model), or null for a fresh model; a reset goes
     *                    back to them as long as the model's shape stays the same
     * @param notice      a line for the status bar about where this experiment came from, or null
     */
    public ExperimentSession(TrainingConfig initial, Dataset data, double[] parameters, String notice) {
        this(initial, data, parameters, notice, CompletableFuture.completedFuture(null));
    }

    /**
     * @param startGate the session builds its model (loading ND4J the first time) only once this completes: a
     *                  window passes its first frame, so the two don't compete for the processor at start-up
     */
    public ExperimentSession(TrainingConfig initial, Dataset data, double[] parameters, String notice,
                             CompletableFuture<?> startGate) {
        this(initial, new RunOrigin(data, parameters, null), Projection.FIRST_TWO, notice, startGate);
    }

    /**
     * Reopens a saved run where it stood: its weights, optimizer and counters, its history (so the curves are
     * those it had), and the projection it showed. Play goes on with the losses the run would have had.
     *
     * @param data  the imported CSV the run trained on, or null for the config's generated dataset
     */
    public static ExperimentSession resume(SessionFile saved, Dataset data, Projection projection, String notice) {
        return new ExperimentSession(saved.config(), new RunOrigin(data, null, saved), projection, notice,
                CompletableFuture.completedFuture(null));
    }

    private ExperimentSession(TrainingConfig initial, RunOrigin origin, Projection projection, String notice,
                              CompletableFuture<?> startGate) {
        this.startGate = startGate;
        this.config = initial;
        this.origin = origin;
        this.projection = projection;
        this.notice = notice;
        publish(null);
        // First in the queue, so that whatever is asked while loading is handled once the model is there.
        send(new SessionCommand.Load());
    }

    public SessionSnapshot snapshot() {
        return snapshots.latest();
    }

    /** Every snapshot from now on, on the trainer's thread (tests use it to see each one, not only the newest). */
    AutoCloseable listen(java.util.function.Consumer<? super SessionSnapshot> listener) {
        return snapshots.listen(listener);
    }

    public void play() {
        send(new SessionCommand.Play());
    }

    public void pause() {
        send(new SessionCommand.Pause());
    }

    /** One iteration, then paused. */
    public void step() {
        send(new SessionCommand.Step());
    }

    /** A fresh model and optimizer from the current config (never the reopened session's); paused. */
    public void reset() {
        send(new SessionCommand.Reset());
    }

    /**
     * Hands over a new config, applied at the next iteration boundary. Configs submitted before that boundary
     * collapse: only the newest is applied.
     */
    public void submit(TrainingConfig next) {
        configs.offer(next);
    }

    /**
     * Which two state components the trajectories' field slice spans; the analysis is redone at once, also
     * while paused.
     */
    public void setProjection(Projection projection) {
        projections.offer(projection);
    }

    /**
     * Writes the model as it is after the current iteration (see {@link ModelFiles}), on the trainer's thread so
     * that the parameters are not changing underneath. The future fails with the reason if it cannot be saved.
     */
    public CompletableFuture<Path> saveModel(Path file) {
        return save(file, (f, trainer, history) -> ModelFiles.save(f, trainer, history.summary()));
    }

    /**
     * Writes the whole run as a session file (see {@link SessionFiles}): the trainer's state and history as
     * they are after the current iteration, with the window's view settings and explored system (or null).
     */
    public CompletableFuture<Path> saveSession(Path file, ViewSettings view, SessionExploration exploration) {
        return save(file, (f, trainer, history) -> SessionFiles.write(f, trainer, history.record(), view,
                exploration));
    }

    private CompletableFuture<Path> save(Path file, SessionCommand.RunWriter writer) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        send(new SessionCommand.Save(file, writer, done));
        return done;
    }

    /** Whether moving to {@code next} would restart the run, so a UI can say so before it does. */
    public boolean wouldRestart(TrainingConfig next) {
        return ConfigChange.between(snapshot().config(), next).restarts();
    }

    /**
     * Ends the session: a save asked for before still runs, the model's native buffers are freed, and this waits
     * (within a bound) for that to happen.
     */
    @Override
    public void close() {
        closing.complete(null);
        send(new SessionCommand.Close());
        trainerThread.shutdownAndAwait(CLOSE_BOUND);
    }

    /** Package-private so that a test can hand the trainer a broken command. */
    void send(SessionCommand command) {
        if (!trainerThread.offer(() -> run(command))) {
            command.refuse();
        }
    }

    /** Runs one command on the trainer thread; nothing that goes wrong in it may end the thread or the UI. */
    private void run(SessionCommand command) {
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
            send(new SessionCommand.Iterate());
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
