package org.nodelab.session;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon worker thread that runs tasks in the order they were handed over: a session's trainer thread, an
 * exploration's analysis thread. Everything that touches the worker's model runs here, so that state needs no
 * locks. Daemon, so that a stuck solve never keeps the application from exiting; at background priority, so that
 * it never takes a core from the FX thread.
 */
final class SerialExecutor implements Executor {

    private final ThreadPoolExecutor pool;
    private volatile Thread worker;

    SerialExecutor(String threadName) {
        pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(() -> {
                // Compute gives way to the threads that draw (BackgroundPriority says why).
                BackgroundPriority.lowerCurrentThread();
                task.run();
            }, threadName);
            t.setDaemon(true);
            worker = t;
            return t;
        });
    }

    /** @throws RejectedExecutionException once {@link #shutdownAndAwait} was called */
    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Like {@link #execute}, but says false instead of throwing once shut down. */
    boolean offer(Runnable task) {
        try {
            pool.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    boolean isWorkerThread() {
        return Thread.currentThread() == worker;
    }

    /**
     * Refuses new tasks, lets the ones already handed over run, and waits at most {@code bound} for them (not at
     * all when called from the worker itself, which would wait for its own end).
     *
     * @return whether the worker has finished
     */
    boolean shutdownAndAwait(Duration bound) {
        pool.shutdown();
        if (isWorkerThread()) {
            return false;
        }
        try {
            return pool.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
