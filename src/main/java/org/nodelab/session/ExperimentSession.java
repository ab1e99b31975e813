package org.nodelab.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running experiment. The trainer lives on the session's own thread; every other thread talks to it
 * through control calls (which only set flags) and reads {@link #snapshot()}, an immutable value replaced
 * after every iteration. A new config reaches the trainer at the next iteration boundary: live settings keep
 * the run going, while a new model shape or dataset rebuilds it (see {@link TrainingConfig#requiresRestart}).
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

    // Owned by the session thread.
    private TrainingConfig config;
    private Trainer trainer;
    private TrainingHistory history;
    private Analyzer analyzer;
    private AnalysisSnapshot analysis;
    private RunState state = RunState.LOADING;
    private String problem;
    private long runNanos;
    private int runIterations;

    public ExperimentSession(TrainingConfig initial) {
        this.config = initial;
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

    /** Whether moving to {@code next} would restart the run, so a UI can say so before it does. */
    public boolean wouldRestart(TrainingConfig next) {
        return snapshot().config().requiresRestart(next);
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
            rebuild();
            while (true) {
                boolean iterate;
                TrainingConfig next;
                boolean reset;
                lock.lock();
                try {
                    while (!closed && !playing && stepsRequested == 0 && !resetRequested && pendingConfig == null) {
                        wake.await();
                    }
                    if (closed) {
                        break;
                    }
                    next = pendingConfig;
                    pendingConfig = null;
                    reset = resetRequested;
                    resetRequested = false;
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
                if (reset) {
                    rebuild();
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
        if (trainer == null || config.requiresRestart(next)) {
            config = next;
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
            trainer = new Trainer(config);
            config = trainer.config();
            analyzer = new Analyzer(trainer);
            state = RunState.READY;
        } catch (IllegalArgumentException e) {
            problem = "This configuration cannot start: " + e.getMessage();
            state = RunState.FAULTED;
        }
        // Requests made while building stand: Play pressed during loading starts training once it is ready.
        publish(null);
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
                seconds, analysis));
    }

}
