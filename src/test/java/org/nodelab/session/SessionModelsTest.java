package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nodelab.session.ExperimentSessionTest.await;
import static org.nodelab.session.ExperimentSessionTest.small;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;

/** A session saves its model, opens one again with the same dynamics, and redraws on a new projection. */
class SessionModelsTest {

    @Test
    void aSavedModelOpensWithTheSameParametersAndPicture(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        double[] trained;
        AnalysisSnapshot before;
        try (ExperimentSession session = new ExperimentSession(small())) {
            session.step();
            session.step();
            await(session, s -> s.history().size() == 2 && s.state() == RunState.PAUSED);
            session.saveModel(file).get(30, TimeUnit.SECONDS);
            LoadedModel loaded = ModelFiles.load(file);
            trained = loaded.model().parameters().clone();
            loaded.model().close();
            assertThat(loaded.history().iterations()).isEqualTo(2);
        }
        try (ExperimentSession opened = new ExperimentSession(small(), null, trained, "opened")) {
            SessionSnapshot s = await(opened, x -> x.state() == RunState.READY && x.analysis() != null);
            assertThat(s.notice()).isEqualTo("opened");
            assertThat(s.analysis().iteration()).isZero();
            before = s.analysis();
        }
        try (ExperimentSession fresh = new ExperimentSession(small())) {
            SessionSnapshot s = await(fresh, x -> x.state() == RunState.READY && x.analysis() != null);
            // Different weights, different flow: the opened model's trajectories are not a fresh model's.
            double diff = 0;
            double[] a = before.trajectories()[before.trajectories().length - 1];
            double[] b = s.analysis().trajectories()[s.analysis().trajectories().length - 1];
            for (int i = 0; i < a.length; i++) {
                diff = Math.max(diff, Math.abs(a[i] - b[i]));
            }
            assertThat(diff).isGreaterThan(1e-6);
        }
    }

    @Test
    void aSaveAskedForJustBeforeClosingStillHappens(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("last.json");
        java.util.concurrent.CompletableFuture<Path> saved;
        try (ExperimentSession session = new ExperimentSession(small())) {
            await(session, s -> s.state() == RunState.READY);
            saved = session.saveModel(file);
        }
        assertThat(saved.get(10, TimeUnit.SECONDS)).isEqualTo(file);
        LoadedModel loaded = ModelFiles.load(file);
        loaded.model().close();
        assertThat(loaded.config().model().family()).isEqualTo(small().model().family());
    }

    @Test
    void wrongParameterCountFaultsWithAMessage() {
        try (ExperimentSession session = new ExperimentSession(small(), null, new double[3], null)) {
            SessionSnapshot s = await(session, x -> x.state() == RunState.FAULTED);
            assertThat(s.problem()).contains("3 parameters");
        }
    }

    @Test
    void aNewProjectionIsAnalysedWhilePaused() {
        try (ExperimentSession session = new ExperimentSession(small())) {
            SessionSnapshot ready = await(session, s -> s.state() == RunState.READY && s.analysis() != null);
            assertThat(ready.analysis().field().projection()).isEqualTo(Projection.FIRST_TWO);
            session.setProjection(new Projection(0, 2));
            SessionSnapshot s = await(session, x -> x.analysis() != null
                    && x.analysis().field().projection().equals(new Projection(0, 2)));
            assertThat(s.history().size()).as("no training happened").isZero();
            assertThat(s.state()).isEqualTo(RunState.READY);
        }
    }
}
