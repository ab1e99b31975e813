package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nodelab.session.ExperimentSessionTest.await;
import static org.nodelab.session.ExperimentSessionTest.small;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.model.ModelConfig;
import org.nodelab.train.TrainingConfig;

/**
 * How commands reach the trainer: after the start gate, in order, at iteration boundaries, configs coalesced.
 * The start gate holds the trainer thread still, which is what lets these tests line commands up exactly.
 */
class SessionCommandsTest {

    static TrainingConfig damped(TrainingConfig config, double damping) {
        ModelConfig m = config.model();
        return config.withModel(new ModelConfig(m.family(), m.inputDimension(), m.outputDimension(), m.width(),
                m.depth(), m.activation(), m.augment(), damping, false, m.xi(), m.gammaShift(), false, m.seed()));
    }

    /** Waits until the trainer thread is blocked on the gate, so what is sent now queues behind the build. */
    static void awaitWaitingAt(CompletableFuture<?> gate) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                .until(() -> gate.getNumberOfDependents() > 0);
    }

    @Test
    void theModelIsBuiltOnlyAfterTheGateAndPlayPressedWhileLoadingStands() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        try (ExperimentSession session = new ExperimentSession(small(), null, null, null, gate)) {
            awaitWaitingAt(gate);
            assertThat(session.snapshot().state()).isEqualTo(RunState.LOADING);
            assertThat(session.snapshot().data()).as("nothing built before the gate").isNull();
            session.play();
            gate.complete(null);
            SessionSnapshot running = await(session, s -> s.state() == RunState.RUNNING && s.history().size() >= 2);
            assertThat(running.data()).isNotNull();
            session.pause();
            await(session, s -> s.state() == RunState.PAUSED);
        }
    }

    @Test
    void configsSubmittedBeforeABoundaryCollapseIntoTheNewest() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        List<Double> published = new CopyOnWriteArrayList<>();
        try (ExperimentSession session = new ExperimentSession(small(), null, null, null, gate);
             AutoCloseable listening = session.listen(s -> published.add(s.config().model().damping()))) {
            awaitWaitingAt(gate);
            session.submit(damped(small(), 0.7));
            session.submit(damped(small(), 1.5));
            session.submit(damped(small(), 3.0));
            session.step();
            gate.complete(null);
            SessionSnapshot one = await(session, s -> s.history().size() == 1 && s.state() == RunState.PAUSED);
            assertThat(one.latest().damping()).as("the step ran with the newest config").isEqualTo(3.0);
            assertThat(published).as("the older configs never reached the trainer").doesNotContain(0.7, 1.5)
                    .contains(3.0);
        }
    }

    @Test
    void aPauseBetweenIterationsIsPublishedAsPausedAndNothingRunsAfterIt(@TempDir Path dir) throws Exception {
        List<RunState> states = new CopyOnWriteArrayList<>();
        try (ExperimentSession session = new ExperimentSession(small())) {
            await(session, s -> s.state() == RunState.READY);
            try (AutoCloseable listening = session.listen(s -> states.add(s.state()))) {
                session.play();
                await(session, s -> s.state() == RunState.RUNNING && s.history().size() >= 3);
                session.pause();
                int count = await(session, s -> s.state() == RunState.PAUSED).history().size();
                // Commands run in order: a save sent now completes only after everything queued before it.
                session.saveModel(dir.resolve("barrier.json")).get(30, TimeUnit.SECONDS);
                assertThat(session.snapshot().history().size()).isEqualTo(count);
            }
            assertThat(states.get(states.size() - 1)).isEqualTo(RunState.PAUSED);
            assertThat(states.subList(states.indexOf(RunState.PAUSED), states.size()))
                    .as("once paused, never running again").doesNotContain(RunState.RUNNING);
        }
    }

    @Test
    void stepsAreOneIterationEachAndAResetStartsAfresh() {
        try (ExperimentSession session = new ExperimentSession(small())) {
            session.step();
            session.step();
            session.step();
            session.reset();
            session.step();
            SessionSnapshot s = await(session, x -> x.history().size() == 1 && x.state() == RunState.PAUSED
                    && x.latest() != null);
            assertThat(s.latest().iteration()).as("the step after the reset trains the fresh model").isEqualTo(1);
        }
    }

    @Test
    void closingWhileWaitingAtTheGateIsPromptAndLaterCommandsAreRefused(@TempDir Path dir) {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        ExperimentSession session = new ExperimentSession(small(), null, null, null, gate);
        awaitWaitingAt(gate);
        session.play();
        long started = System.nanoTime();
        session.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(session.snapshot().state()).isEqualTo(RunState.CLOSED);
        assertThat(session.snapshot().history().size()).isZero();
        CompletableFuture<Path> late = session.saveModel(dir.resolve("late.json"));
        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("closed");
        session.step();
        session.close();
        assertThat(session.snapshot().state()).isEqualTo(RunState.CLOSED);
    }

    @Test
    void anInternalErrorIsReportedAsFaultedAndAResetRecovers() {
        try (ExperimentSession session = new ExperimentSession(small())) {
            await(session, s -> s.state() == RunState.READY);
            session.play();
            await(session, s -> s.state() == RunState.RUNNING);
            // A config of null is a bug in the caller; the trainer thread must survive it.
            session.send(new SessionCommand.ApplyConfig(null));
            SessionSnapshot faulted = await(session, s -> s.state() == RunState.FAULTED);
            assertThat(faulted.problem()).contains("internal error");
            session.reset();
            await(session, s -> s.state() == RunState.READY && s.problem() == null);
            session.step();
            SessionSnapshot one = await(session, s -> s.history().size() == 1 && s.state() == RunState.PAUSED);
            assertThat(one.latest().failed()).isFalse();
        }
    }
}
