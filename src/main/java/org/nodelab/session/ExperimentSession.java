package org.nodelab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.nodelab.io.HistorySummary;
import org.nodelab.io.ModelFiles;
import org.nodelab.train.ConfigChange;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running experiment. The trainer lives on the session's own thread; every other thread talks to it
 * through control calls (which only set flags) and reads {@link #snapshot()}, an immutable value replaced
 * after every iteration. A new config reaches the trainer at the next iteration boundary: live settings keep
 * the run going, while a new model shape or dataset rebuilds it (see {@link ConfigChange}).
 */
public final class ExperimentSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentSession.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final AtomicReference<SessionSnapshot> snapshot = new AtomicReference<>();
    private final AtomicLong versions = new AtomicLong();
    private final Thread thread;

    // Guarded by lock.
    private boolean playing;
    private int stepsRequested;
    private boolean resetRequested;
    private boolean closed;
    private TrainingConfig pendingConfig;
    private boolean reanalyzeRequested;
    private Projection projection = Projection.FIRST_TWO;
    private final java.util.ArrayDeque<Runnable> tasks = new java.util.ArrayDeque<>();

    private final CompletableFuture<?> startGate;

    // Owned by the session thread.
    private TrainingConfig config;
    /** A dataset the user brought (CSV); null means the config's generated dataset. */
    private Dataset customData;
    /** Parameters to start from (an opened model file) instead of a fresh initialization; null for fresh. */
    private double[] startParameters;
    private String notice;
    private Trainer trainer;
    private TrainingHistory history;
    private Analyzer analyzer;
    private AnalysisSnapshot analysis;
    private RunState state = RunState.LOADING;
    private String problem;
    private long runNanos;
    private int runIterations;

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
        this.startGate = startGate;
        this.config = initial;
        this.customData = data;
        this.startParameters = parameters == null ? null : parameters.clone();
        this.notice = notice;
        publish(null);
        this.thread = new Thread(this::loop, "nodelab-trainer");
        thread.setDaemon(true);
        thread.start();
    }

    public SessionSnapshot snapshot() {
        return snapshot.get();
    }

    public void play() {
        signal(() -> playing = true);
    }

    public void pause() {
        signal(() -> playing = false);
    }

    /** One iteration, then paused. */
    public void step() {
        signal(() -> {
            playing = false;
            stepsRequested++;
        });
    }

    /** A fresh model and optimizer from the current config; paused. */
    public void reset() {
        signal(() -> {
            playing = false;
            resetRequested = true;
        });
    }

    /** Hands over a new config, applied at the next iteration boundary. */
    public void submit(TrainingConfig next) {
        signal(() -> pendingConfig = next);
    }

    /**
     * Which two state components the trajectories' field slice spans; the analysis is redone at once, also
     * while paused.
     */
    public void setProjection(Projection projection) {
        signal(() -> {
            this.projection = projection;
            reanalyzeRequested = true;
        });
    }

    /**
     * Writes the model as it is after the current iteration (see {@link ModelFiles}), on the trainer's thread so
     * that the parameters are not changing underneath. The future fails with the reason if it cannot be saved.
     */
    public CompletableFuture<Path> saveModel(Path file) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        signal(() -> tasks.add(() -> {
            try {
                if (trainer == null) {
                    throw new IllegalStateException("there is no model to save: the experiment did not start");
                }
                ModelFiles.save(file, trainer, summary());
                done.complete(file);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }));
        return done;
    }

    private HistorySummary summary() {
        TrainingHistory.View h = history.view();
        int n = h.size();
        if (n == 0) {
            return new HistorySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new HistorySummary(h.iteration()[n - 1], h.trainLoss()[n - 1], h.testLoss()[n - 1],
                h.trainAccuracy()[n - 1], h.testAccuracy()[n - 1], (double) h.forwardTotal() / n,
                (double) h.backwardTotal() / n);
    }

    /** Whether moving to {@code next} would restart the run, so a UI can say so before it does. */
    public boolean wouldRestart(TrainingConfig next) {
        return ConfigChange.between(snapshot().config(), next).restarts();
    }

    @Override
    public void close() {
        signal(() -> closed = true);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        try {
            startGate.exceptionally(e -> null).join();
            rebuild();
            while (true) {
                boolean iterate;
                TrainingConfig next;
                boolean reset;
                boolean reanalyze;
                Projection shown;
                java.util.List<Runnable> pendingTasks;
                lock.lock();
                try {
                    if (!playing && stepsRequested == 0 && state == RunState.RUNNING) {
                        // Pause arrived after the last iteration read the flag: say so before waiting.
                        state = RunState.PAUSED;
                        publish(null);
                    }
                    while (!closed && !playing && stepsRequested == 0 && !resetRequested && pendingConfig == null
                            && !reanalyzeRequested && tasks.isEmpty()) {
                        wake.await();
                    }
                    if (closed) {
                        break;
                    }
                    next = pendingConfig;
                    pendingConfig = null;
                    reset = resetRequested;
                    resetRequested = false;
                    pendingTasks = new java.util.ArrayList<>(tasks);
                    tasks.clear();
                    reanalyze = reanalyzeRequested;
                    reanalyzeRequested = false;
                    shown = projection;
                    iterate = playing || stepsRequested > 0;
                    if (!playing && stepsRequested > 0) {
                        stepsRequested--;
                    }
                } finally {
                    lock.unlock();
                }
                if (next != null) {
                    applyConfig(next);
                }
                pendingTasks.forEach(Runnable::run);
                if (analyzer != null) {
                    analyzer.setProjection(shown);
                }
                if (reset) {
                    rebuild();
                    continue;
                }
                if (!pendingTasks.isEmpty() && !iterate && !reanalyze && next == null) {
                    continue;
                }
                if (reanalyze && analyzer != null && !iterate) {
                    analysis = analyzer.analyze(trainer.iteration());
                    publish(null);
                    continue;
                }
                if (iterate && state != RunState.CLOSED) {
                    iterateOnce();
                } else {
                    publish(null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // The UI must never die because training failed: report it and wait for a reset or a new config.
            LOG.error("training thread failed", e);
            problem = "Training stopped because of an internal error: " + e;
            state = RunState.FAULTED;
            publish(null);
            awaitClose();
        }
        // A save asked for just before closing still happens; then the model's native buffers go at once
        // rather than whenever the garbage collector finds them (windows replace sessions often).
        java.util.List<Runnable> left;
        lock.lock();
        try {
            left = new java.util.ArrayList<>(tasks);
            tasks.clear();
        } finally {
            lock.unlock();
        }
        left.forEach(Runnable::run);
        if (trainer != null) {
            trainer.close();
            trainer = null;
        }
        state = RunState.CLOSED;
        publish(null);
    }

    private void awaitClose() {
        lock.lock();
        try {
            while (!closed) {
                wake.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void applyConfig(TrainingConfig next) {
        ConfigChange change = ConfigChange.between(config, next);
        if (trainer == null || change.restarts()) {
            if (customData != null && !next.data().dataset().equals(config.data().dataset())) {
                customData = null;
            }
            if (startParameters != null && change.modelRebuilt()) {
                startParameters = null;
            }
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
        analysis = null;
        runNanos = 0;
        runIterations = 0;
        problem = null;
        state = RunState.LOADING;
        publish(null);
        try {
            trainer = customData == null ? new Trainer(config) : new Trainer(config, customData);
            config = trainer.config();
            if (startParameters != null) {
                double[] live = trainer.model().parameters();
                if (live.length != startParameters.length) {
                    throw new IllegalArgumentException("the opened model has " + startParameters.length
                            + " parameters but this configuration builds " + live.length);
                }
                System.arraycopy(startParameters, 0, live, 0, live.length);
                trainer.model().parametersChanged();
            }
            analyzer = new Analyzer(trainer);
            analyzer.setProjection(currentProjection());
            // The untrained (or opened) flow is worth seeing before the first iteration.
            analysis = analyzer.analyze(0);
            state = RunState.READY;
        } catch (IllegalArgumentException e) {
            problem = "This configuration cannot start: " + e.getMessage();
            state = RunState.FAULTED;
        }
        // Requests made while building stand: Play pressed during loading starts training once it is ready.
        publish(null);
    }

    private Projection currentProjection() {
        lock.lock();
        try {
            return projection;
        } finally {
            lock.unlock();
        }
    }

    private void iterateOnce() {
        if (trainer == null) {
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
            runIterations++;
            state = isPlaying() ? RunState.RUNNING : RunState.PAUSED;
            if (analyzer.due(metrics.iteration(), config.analysisEvery(), metrics.millis())) {
                analysis = analyzer.analyze(metrics.iteration());
            }
        }
        publish(metrics);
    }

    private void pauseAfterFault() {
        state = RunState.FAULTED;
        lock.lock();
        try {
            playing = false;
            stepsRequested = 0;
        } finally {
            lock.unlock();
        }
    }

    private boolean isPlaying() {
        lock.lock();
        try {
            return playing;
        } finally {
            lock.unlock();
        }
    }

    private void publish(IterationMetrics metrics) {
        SessionSnapshot previous = snapshot.get();
        TrainingHistory.View view = history == null ? new TrainingHistory().view() : history.view();
        IterationMetrics latest = view.size() == 0 ? null
                : metrics != null ? metrics : previous == null ? null : previous.latest();
        double seconds = runNanos / 1e9;
        double rate = seconds > 0 ? runIterations / seconds : 0;
        snapshot.set(new SessionSnapshot(versions.incrementAndGet(), state, config, latest, view, problem, rate,
                seconds, analysis, trainer == null ? null : trainer.data(), notice));
    }

}
