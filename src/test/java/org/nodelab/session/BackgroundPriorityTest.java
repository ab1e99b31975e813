package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Compute threads run at a lower priority than the threads that draw, and only they do: on Linux a nice value is
 * per thread, and lowering the whole process would slow the FX thread with them.
 */
class BackgroundPriorityTest {

    @Test
    void aTrainerThreadRunsAtBackgroundPriorityAndTheCallerKeepsItsOwn() throws Exception {
        Integer mine = BackgroundPriority.currentNice();
        assumeTrue(mine != null, "setpriority is only used on Linux");
        SerialExecutor worker = new SerialExecutor("nodelab-test-worker");
        try {
            CompletableFuture<Integer> nice = new CompletableFuture<>();
            worker.execute(() -> nice.complete(BackgroundPriority.currentNice()));
            assertThat(nice.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(BackgroundPriority.NICE);
            assertThat(BackgroundPriority.currentNice()).isEqualTo(mine);
        } finally {
            worker.shutdownAndAwait(java.time.Duration.ofSeconds(5));
        }
    }

    @Test
    void loweringTwiceLeavesTheThreadAtBackgroundPriority() throws Exception {
        assumeTrue(BackgroundPriority.currentNice() != null, "setpriority is only used on Linux");
        CompletableFuture<Integer> nice = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            BackgroundPriority.lowerCurrentThread();
            BackgroundPriority.lowerCurrentThread();
            nice.complete(BackgroundPriority.currentNice());
        });
        t.start();
        assertThat(nice.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(BackgroundPriority.NICE);
    }
}
