package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.LiveRuns;
import org.nodelab.session.compare.Metric;
import org.nodelab.session.compare.XAxis;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/** A live run's history becomes a compared run; what the history does not keep reads as missing. */
class TrainingHistoryCompareTest {

    @Test
    void a_live_history_becomes_a_compared_run_with_every_axis() {
        TrainingConfig config = TrainingConfig.defaults().withData(d -> d.withPoints(64))
                .withModel(m -> m.withWidth(4));
        TrainingHistory history = new TrainingHistory();
        List<IterationMetrics> steps = new ArrayList<>();
        try (Trainer trainer = new Trainer(config)) {
            for (int i = 0; i < 3; i++) {
                IterationMetrics m = trainer.step();
                steps.add(m);
                history.add(m);
            }
            TrainingHistory.View before = history.view();
            ComparedRun run = LiveRuns.of("session-1", "live", config, before);
            assertThat(run.origin()).isEqualTo("live");
            assertThat(run.modelFile()).isNull();
            assertThat(run.series().size()).isEqualTo(3);
            // The live history keeps each iteration's wall time and step counts: every axis and metric is there.
            assertThat(run.series().hasWallTime()).isTrue();
            assertThat(run.series().has(Metric.ACCEPTED_STEPS)).isTrue();
            assertThat(run.series().has(Metric.NFE_FORWARD)).isTrue();
            long nfe = 0;
            for (int i = 0; i < 3; i++) {
                IterationMetrics m = steps.get(i);
                nfe += m.nfeForward() + m.nfeBackward();
                assertThat(run.series().value(Metric.TEST_LOSS, i)).isEqualTo(m.testLoss());
                assertThat(run.series().value(Metric.TEST_ACCURACY, i)).isEqualTo(m.testAccuracy());
                assertThat(run.series().x(XAxis.CUMULATIVE_NFE, i)).isEqualTo(nfe);
                assertThat(run.series().value(Metric.ACCEPTED_STEPS, i)).isEqualTo(m.accepted());
                assertThat(run.series().value(Metric.SECONDS_PER_ITERATION, i)).isEqualTo(m.millis() / 1000);
            }
            // After a fault the same iteration is tried again: the later entry supersedes the earlier one.
            history.add(steps.get(2));
            assertThat(LiveRuns.series(history.view()).size()).isEqualTo(3);
            // A snapshot's view stays as it was while the history grows.
            for (int i = 0; i < 2; i++) {
                history.add(trainer.step());
            }
            assertThat(LiveRuns.series(before).size()).isEqualTo(3);
            assertThat(LiveRuns.series(history.view()).size()).isEqualTo(5);
            assertThat(LiveRuns.series(history.view()).lastIteration()).isEqualTo(5);
        }
    }
}
