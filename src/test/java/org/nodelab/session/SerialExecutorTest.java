package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    @Test
    void tasksRunInOrderOnOneNamedDaemonThreadAndQueuedOnesFinishOnShutdown() {
        SerialExecutor executor = new SerialExecutor("test-worker");
        CompletableFuture<Void> gate = new CompletableFuture<>();
        List<String> ran = new CopyOnWriteArrayList<>();
        executor.execute(gate::join);
        for (int i = 0; i < 5; i++) {
            int n = i;
            executor.execute(() -> ran.add(n + " " + Thread.currentThread().getName()
                    + (Thread.currentThread().isDaemon() ? " daemon" : "")));
        }
        gate.complete(null);
        assertThat(executor.shutdownAndAwait(Duration.ofSeconds(10))).isTrue();
        assertThat(ran).containsExactly("0 test-worker daemon", "1 test-worker daemon", "2 test-worker daemon",
                "3 test-worker daemon", "4 test-worker daemon");
        assertThat(executor.offer(() -> ran.add("late"))).as("refused after shutdown").isFalse();
    }

    @Test
    void shuttingDownFromTheWorkerDoesNotWaitForItself() throws Exception {
        SerialExecutor executor = new SerialExecutor("test-worker");
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        executor.execute(() -> finished.complete(executor.shutdownAndAwait(Duration.ofSeconds(30))));
        assertThat(finished.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
