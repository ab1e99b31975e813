package org.nodelab.session.reproduce;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;

/**
 * Trains a reproduction's planned runs side by side, each on its own thread. ND4J runs one thread per
 * operation in the lab (see the model notes), so runs on separate threads use separate cores: at most as many
 * run at once as there are cores. Each run is bounded by its iteration count and all of them by a wall-time
 * limit; a run that faults or reaches the limit stops and keeps its last good parameters. A run's numbers do not
 * depend on what runs beside it: each trainer owns its model, data and random streams.
 */
public final class ReproductionRunner {

    /** More runs than this in one reproduction is a typo in a seeds list, not an experiment. */
    public static final int MAX_RUNS = 64;
    /** The default bound on a whole reproduction's wall time. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofHours(2);

    private final int concurrency;
    private final Duration timeLimit;
    private final Consumer<RunResult> onFinished;

    /**
     * @param concurrency runs at once (capped at the cores available)
     * @param timeLimit   bound on the whole batch; runs still going then stop at their next iteration
     * @param onFinished  told of each run as it ends, on that run's thread (null for nobody)
     */
    public ReproductionRunner(int concurrency, Duration timeLimit, Consumer<RunResult> onFinished) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("at least one run at a time, not " + concurrency);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        this.concurrency = Math.min(concurrency, Runtime.getRuntime().availableProcessors());
        this.timeLimit = timeLimit;
        this.onFinished = onFinished;
    }

    /** As many at once as there are cores, the default time limit, nobody told. */
    public static ReproductionRunner perCore() {
        return new ReproductionRunner(Runtime.getRuntime().availableProcessors(), DEFAULT_TIME_LIMIT, null);
    }

    public int concurrency() {
        return concurrency;
    }

    /** Trains every run; the results come back in plan order, each with its trainer open. */
    public List<RunResult> run(List<PlannedRun> plan) {
        if (plan.isEmpty() || plan.size() > MAX_RUNS) {
            throw new IllegalArgumentException("a reproduction runs 1.." + MAX_RUNS + " trainings, not " + plan.size());
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, plan.size()), r -> {
            Thread t = new Thread(r, "nodelab-reproduce");
            t.setDaemon(true);
            return t;
        });
        List<Future<RunResult>> futures = new ArrayList<>();
        try {
            for (PlannedRun run : plan) {
                futures.add(pool.submit(() -> train(run, deadline)));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the reproduction trained", e);
        } catch (ExecutionException e) {
            closeFinished(futures);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a run failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a failed run, frees the models of the runs that did finish: nobody else will. */
    private static void closeFinished(List<Future<RunResult>> futures) {
        for (Future<RunResult> f : futures) {
            f.cancel(true);
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get().close();
                } catch (InterruptedException | ExecutionException | RuntimeException ignored) {
                    // That run failed too; it has nothing to free.
                }
            }
        }
    }

    /** One run to its end on the calling thread. */
    RunResult train(PlannedRun run, long deadline) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long started = System.nanoTime();
        Trainer trainer = new Trainer(run.config());
        List<IterationMetrics> metrics = new ArrayList<>(run.iterations());
        String fault = null;
        try {
            for (int i = 0; i < run.iterations(); i++) {
                if (System.nanoTime() > deadline) {
                    fault = "stopped at the time limit of " + timeLimit + " after " + i + " iterations";
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    fault = "stopped after " + i + " iterations: interrupted";
                    break;
                }
                IterationMetrics m = trainer.step();
                if (m.failed()) {
                    fault = m.fault();
                    break;
                }
                metrics.add(m);
            }
        } catch (RuntimeException e) {
            trainer.close();
            throw e;
        }
        double cpuMillis = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 : Double.NaN;
        RunResult result = new RunResult(run, trainer, metrics, fault, cpuMillis, (System.nanoTime() - started) / 1e6);
        if (onFinished != null) {
            onFinished.accept(result);
        }
        return result;
    }
}
