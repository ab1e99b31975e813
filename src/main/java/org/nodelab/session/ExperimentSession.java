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
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;

/**
 * One running experiment. The trainer lives on the session's own thread, a single-thread executor fed
 * {@link SessionCommand}s; every other thread sends commands (the control calls below only enqueue) and reads
 * {@link #snapshot()}, an immutable value replaced after every iteration. Playing is one iteration after
 * another, each queueing the next, so a command sent meanwhile runs at the next iteration boundary. A new
 * config reaches the trainer at that boundary too: live settings keep the run going, while a new model shape
 * or dataset rebuilds it (see {@link ConfigChange}).
 */
public final class ExperimentSession implements AutoCloseable {

    /** How long close waits for an iteration under way to end and the model to be freed. */
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(10);

    private final SnapshotPublisher<SessionSnapshot> snapshots = new SnapshotPublisher<>();
    private final SerialExecutor trainerThread = new SerialExecutor("nodelab-trainer");
    /** Configs handed over before the trainer gets to them collapse into the newest. */
    private final LatestRequestSlot<TrainingConfig> configs;
    private final LatestRequestSlot<Projection> projections;
    /** Completed by {@link #close()}: the trainer stops waiting for the start gate and skips work still queued. */
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    /** The trainer thread's side: the run's state, changed only by commands. */
    private final SessionRun run;

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
        this.run = new SessionRun(initial, origin, projection, notice, startGate, closing, snapshots, this::send);
        this.configs = new LatestRequestSlot<>(trainerThread, next -> run.run(new SessionCommand.ApplyConfig(next)));
        this.projections = new LatestRequestSlot<>(trainerThread, p -> run.run(new SessionCommand.SetProjection(p)));
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

    /**
     * The run as it is after the current iteration, in memory: its config, trainer state and history, from
     * which {@link SessionFile#resume()} rebuilds a trainer that another thread may study while this one goes on.
     */
    public CompletableFuture<SessionFile> copy() {
        CompletableFuture<SessionFile> done = new CompletableFuture<>();
        send(new SessionCommand.Copy(done));
        return done;
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
        if (!trainerThread.offer(() -> run.run(command))) {
            command.refuse();
        }
    }
}
