package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Coalescing, driven by hand: the test plays the worker thread, so nothing here depends on timing. */
class LatestRequestSlotTest {

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final List<String> handled = new ArrayList<>();
    private final LatestRequestSlot<String> slot = new LatestRequestSlot<>(queue::add, handled::add);

    @Test
    void requestsBeforeTheWorkerGetsToThemCollapseIntoTheNewest() {
        assertThat(slot.offer("a")).isTrue();
        slot.offer("b");
        slot.offer("c");
        assertThat(queue).as("one drain for the three").hasSize(1);
        assertThat(slot.waiting()).isEqualTo("c");
        queue.poll().run();
        assertThat(handled).containsExactly("c");
        assertThat(slot.waiting()).isNull();
        assertThat(queue).isEmpty();
    }

    @Test
    void aRequestAfterTheDrainTookItsOwnGetsANewDrain() {
        slot.offer("a");
        queue.poll().run();
        slot.offer("b");
        assertThat(queue).hasSize(1);
        queue.poll().run();
        assertThat(handled).containsExactly("a", "b");
    }

    @Test
    void theDrainKeepsThePlaceOfTheFirstRequestInTheQueue() {
        slot.offer("config 1");
        queue.add(() -> handled.add("step"));
        slot.offer("config 2");
        queue.forEach(Runnable::run);
        assertThat(handled).as("the newest config, applied before the step queued after the first")
                .containsExactly("config 2", "step");
    }

    @Test
    void aClosedExecutorDropsTheRequest() {
        Executor closed = task -> {
            throw new RejectedExecutionException("shut down");
        };
        LatestRequestSlot<String> refused = new LatestRequestSlot<>(closed, handled::add);
        assertThat(refused.offer("a")).isFalse();
        assertThat(refused.waiting()).isNull();
    }
}
