package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.train.DataConfig;
import org.nodelab.train.TrainingConfig;

class ExperimentSessionTest {

    static TrainingConfig small() {
        ModelConfig model = ModelConfig.defaults(ModelFamilies.fromId("hbnode"), 2, 2).withWidth(8).withDepth(1)
                .withSeed(3);
        return TrainingConfig.defaults().withModel(model)
                .withData(new DataConfig("spirals", 64, 0.05, 5))
                .withSolver(s -> s.withMaxSteps(2_000))
                .withOptimizer(o -> o.withLearningRate(0.02))
                .withAnalysisEvery(2);
    }

    @Test
    void playPauseStepAndReset(@TempDir Path dir) throws Exception {
        try (ExperimentSession session = new ExperimentSession(small())) {
            await(session, s -> s.state() == RunState.READY);
            session.step();
            SessionSnapshot one = await(session, s -> s.history().size() == 1 && s.state() == RunState.PAUSED);
            assertThat(one.latest().iteration()).isEqualTo(1);
            assertThat(one.analysis()).as("the first iteration is analysed").isNotNull();

            session.play();
            await(session, s -> s.history().size() >= 4 && s.state() == RunState.RUNNING);
            session.pause();
            SessionSnapshot paused = await(session, s -> s.state() == RunState.PAUSED);
            int count = paused.history().size();
            // Commands run in order: once a save sent now is done, anything queued before the pause has run.
            session.saveModel(dir.resolve("barrier.json")).get(30, TimeUnit.SECONDS);
            assertThat(session.snapshot().history().size()).as("no iteration after the pause").isEqualTo(count);
            assertThat(session.snapshot().state()).isEqualTo(RunState.PAUSED);
            assertThat(paused.iterationsPerSecond()).isPositive();

            session.reset();
            SessionSnapshot fresh = await(session, s -> s.history().size() == 0 && s.state() == RunState.READY);
            assertThat(fresh.latest()).isNull();
        }
    }

    @Test
    void liveChangesKeepTheRunAndShapeChangesRestartIt() {
        try (ExperimentSession session = new ExperimentSession(small())) {
            session.step();
            session.step();
            SessionSnapshot two = await(session, s -> s.history().size() == 2);
            TrainingConfig config = two.config();
            ModelConfig m = config.model();
            TrainingConfig damped = config.withModel(m.withDamping(2.0));
            assertThat(session.wouldRestart(damped)).isFalse();
            session.submit(damped);
            session.step();
            SessionSnapshot three = await(session, s -> s.history().size() == 3);
            assertThat(three.latest().damping()).isEqualTo(2.0);
            assertThat(three.config().model().damping()).isEqualTo(2.0);

            TrainingConfig otherData = three.config().withData(d -> d.withDataset("moons"));
            assertThat(session.wouldRestart(otherData)).isTrue();
            session.submit(otherData);
            SessionSnapshot restarted = await(session, s -> s.config().data().dataset().equals("moons"));
            assertThat(restarted.history().size()).isZero();
        }
    }

    @Test
    void aFaultPausesTheRunWithAdviceAndTheSessionStaysUsable() {
        try (ExperimentSession session = new ExperimentSession(small().withSolver(s -> s.withMaxSteps(1)))) {
            session.play();
            SessionSnapshot faulted = await(session, s -> s.state() == RunState.FAULTED);
            assertThat(faulted.problem()).contains("step limit").contains("Try:");
            session.submit(faulted.config().withSolver(s -> s.withMaxSteps(2_000)));
            session.step();
            SessionSnapshot recovered = await(session, s -> s.state() == RunState.PAUSED
                    && s.latest() != null && !s.latest().failed());
            assertThat(recovered.latest().iteration()).isEqualTo(1);
        }
    }

    static SessionSnapshot await(ExperimentSession session, Predicate<SessionSnapshot> condition) {
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(session::snapshot, condition);
        } catch (ConditionTimeoutException e) {
            SessionSnapshot s = session.snapshot();
            throw new AssertionError("timed out; last snapshot: state " + s.state() + ", iterations "
                    + s.history().size() + ", problem " + s.problem(), e);
        }
    }
}
