package org.nodelab.app.compare;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.nodelab.session.BackgroundPriority;

/**
 * One daemon thread of the compare window's, for work the FX thread must never wait for (measuring a run's cost,
 * studying the raced runs for a verdict), one task at a time. Closing it interrupts what runs and waits a
 * little for it to stop.
 */
final class WindowWorker implements Executor, AutoCloseable {

    private final ExecutorService pool;

    /**
     * @param background whether the thread gives way to the FX thread ({@link BackgroundPriority}); not for
     *                   timing measurements, which must not be slowed by whatever else runs
     */
    WindowWorker(String name, boolean background) {
        pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(() -> {
                if (background) {
                    BackgroundPriority.lowerCurrentThread();
                }
                r.run();
            }, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
