package org.nodelab.session;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * "Latest request wins" in front of an executor: requests that arrive before the worker gets to them collapse
 * into the newest. A slider dragged across its range hands over dozens of configs (or an exploration dozens of
 * systems) while one iteration or solve runs; only the last one is worth the work.
 *
 * <p>The first offer into an empty slot queues one drain task; later offers only replace the waiting request, so
 * the drain (which empties the slot before handling) sees the newest, at the place in the executor's queue
 * where the first of them arrived.
 */
final class LatestRequestSlot<T> {

    private final AtomicReference<T> waiting = new AtomicReference<>();
    private final Executor executor;
    private final Consumer<? super T> handler;

    LatestRequestSlot(Executor executor, Consumer<? super T> handler) {
        this.executor = executor;
        this.handler = handler;
    }

    /**
     * Hands {@code request} over, replacing any request not yet taken up.
     *
     * @return false if the executor refused it (it has shut down): the request is dropped
     */
    boolean offer(T request) {
        Objects.requireNonNull(request, "a request");
        if (waiting.getAndSet(request) != null) {
            return true; // a drain is queued already and will take this one
        }
        try {
            executor.execute(this::drain);
            return true;
        } catch (RejectedExecutionException e) {
            waiting.compareAndSet(request, null);
            return false;
        }
    }

    /** The request waiting to be taken up, or null. */
    T waiting() {
        return waiting.get();
    }

    private void drain() {
        T request = waiting.getAndSet(null);
        if (request != null) {
            handler.accept(request);
        }
    }
}
