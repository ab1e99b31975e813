package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nodelab.session.ExperimentSessionTest.await;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.SessionFile;
import org.nodelab.io.SessionFiles;
import org.nodelab.io.ViewSettings;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.TrainingConfig;

/** A session saved from a running experiment reopens where it stood and plays on as if never stopped. */
class SessionResumeTest {

    @Test
    void aReopenedSessionHasItsCurvesAndPlaysOnWithTheSameLosses(@TempDir Path dir) throws Exception {
        TrainingConfig config = ExperimentSessionTest.small().withRegularizer(RegularizerKind.LOCAL_ERROR, 0.05)
                .withOptimizer(o -> o.withBatchSize(24));
        double[] uninterrupted;
        try (ExperimentSession session = new ExperimentSession(config)) {
            for (int i = 1; i <= 5; i++) {
                int done = i;
                await(session, s -> s.state() == RunState.READY || s.state() == RunState.PAUSED);
                session.step();
                await(session, s -> s.history().size() == done && s.state() == RunState.PAUSED);
            }
            uninterrupted = Arrays.copyOf(session.snapshot().history().trainLoss(), 5);
        }

        Path file = dir.resolve("run.session.json");
        double[] firstThree;
        try (ExperimentSession session = new ExperimentSession(config)) {
            for (int i = 1; i <= 3; i++) {
                int done = i;
                session.step();
                await(session, s -> s.history().size() == done && s.state() == RunState.PAUSED);
            }
            firstThree = Arrays.copyOf(session.snapshot().history().trainLoss(), 3);
            session.saveSession(file, ViewSettings.of(Map.of("mode", "train")), null).get(30, TimeUnit.SECONDS);
        }
        assertThat(firstThree).containsExactly(Arrays.copyOf(uninterrupted, 3));

        SessionFile saved = SessionFiles.read(file);
        try (ExperimentSession session = ExperimentSession.resume(saved, null, new Projection(1, 0), "reopened")) {
            SessionSnapshot opened = await(session, s -> s.state() == RunState.READY);
            assertThat(opened.history().size()).isEqualTo(3);
            assertThat(Arrays.copyOf(opened.history().trainLoss(), 3)).containsExactly(firstThree);
            assertThat(opened.latest().iteration()).isEqualTo(3);
            assertThat(opened.analysis()).isNotNull();
            assertThat(opened.elapsedSeconds()).isPositive();
            session.step();
            session.step();
            SessionSnapshot after = await(session, s -> s.history().size() == 5 && s.state() == RunState.PAUSED);
            assertThat(after.latest().iteration()).isEqualTo(5);
            assertThat(Arrays.copyOf(after.history().trainLoss(), 5)).containsExactly(uninterrupted);

            session.reset();
            SessionSnapshot fresh = await(session, s -> s.history().size() == 0 && s.state() == RunState.READY);
            assertThat(fresh.latest()).as("a reset starts afresh, not from the saved state").isNull();
        }
    }
}
