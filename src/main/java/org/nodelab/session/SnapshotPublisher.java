package org.nodelab.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest immutable snapshot of something a worker thread computes (a training run, a system exploration),
 * for any thread to read. Readers never wait: the UI polls {@link #latest()} once per pulse and redraws when the
 * version moved. Writers take turns, so versions rise in the order snapshots were published and a snapshot
 * built from the previous one never loses a concurrent change. Listeners are optional (tests use them to see
 * every snapshot, not only the newest).
 *
 * @param <S> the snapshot type; immutable, carrying the version it was published under
 */
final class SnapshotPublisher<S> {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

    /** Builds the next snapshot from its version number and the previous snapshot (null before the first). */
    @FunctionalInterface
    interface Next<S> {
        S build(long version, S previous);
    }

    private final AtomicReference<S> latest = new AtomicReference<>();
    private final ReentrantLock writers = new ReentrantLock();
    /** Version of {@link #latest}; guarded by {@link #writers}. */
    private long version;
    private final List<Consumer<? super S>> listeners = new CopyOnWriteArrayList<>();

    /** The newest snapshot, or null before the first was published. */
    S latest() {
        return latest.get();
    }

    /** Publishes the snapshot {@code next} builds under the next version, tells the listeners, and returns it. */
    S publish(Next<S> next) {
        writers.lock();
        try {
            S built = Objects.requireNonNull(next.build(version + 1, latest.get()), "a snapshot");
            version++;
            latest.set(built);
            // Still under the lock, so every listener sees the snapshots in version order.
            for (Consumer<? super S> listener : listeners) {
                try {
                    listener.accept(built);
                } catch (RuntimeException e) {
                    // A broken listener must not stop the worker that publishes.
                    LOG.warn("a snapshot listener failed", e);
                }
            }
            return built;
        } finally {
            writers.unlock();
        }
    }

    /**
     * Calls {@code listener} with every snapshot published from now on, on the publishing thread: it must be
     * quick. Closing the returned handle stops the calls.
     */
    AutoCloseable listen(Consumer<? super S> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
