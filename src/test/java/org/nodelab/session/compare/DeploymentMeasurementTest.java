package org.nodelab.session.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Evaluation;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/** NFE per deployment batch through the trainer's own solves, and the field micro-benchmark's bookkeeping. */
class DeploymentMeasurementTest {

    private static TrainingConfig small() {
        return TrainingConfig.defaults().withData(d -> d.withPoints(64)).withModel(m -> m.withWidth(4));
    }

    @Test
    void one_batch_of_the_whole_test_set_is_the_trainers_own_test_solve() {
        try (Trainer trainer = new Trainer(small())) {
            trainer.step();
            SolverOptions options = trainer.solverOptions(false);
            Evaluation whole = trainer.evaluate(options);
            NfeMeasurement one = NfeMeasurement.measure(trainer, options, trainer.testSize());
            assertThat(one.perBatch()).containsExactly(whole.nfe());
            assertThat(one.accuracy()).isEqualTo(whole.accuracy());
            assertThat(one.points()).isEqualTo(trainer.testSize());
            assertThat(one.problem()).isNull();
        }
    }

    @Test
    void batches_of_b_are_solved_one_by_one_with_mean_and_p95() {
        try (Trainer trainer = new Trainer(small())) {
            trainer.step();
            SolverOptions options = trainer.solverOptions(false);
            int b = 5;
            NfeMeasurement m = NfeMeasurement.measure(trainer, options, b);
            int batches = (trainer.testSize() + b - 1) / b;
            assertThat(m.perBatch()).hasSize(batches);
            List<Evaluation> direct = trainer.evaluateInBatches(options, b);
            double sum = 0;
            double correct = 0;
            for (int i = 0; i < batches; i++) {
                assertThat(m.perBatch()[i]).isEqualTo(direct.get(i).nfe()).isPositive();
                sum += m.perBatch()[i];
                correct += direct.get(i).accuracy() * Math.min(b, trainer.testSize() - i * b);
            }
            assertThat(m.mean()).isCloseTo(sum / batches, within(1e-12));
            assertThat(m.accuracy()).isCloseTo(correct / trainer.testSize(), within(1e-12));
            assertThat(m.p95()).isBetween(m.mean() - 1e-9 - (m.max() - m.mean()), (double) m.max());
            assertThat(m.meanQuantity().provenance().detail()).contains(trainer.testSize() + " test points")
                    .contains(batches + " batches of 5").contains("dopri5").contains("data seed 0");
            // A tighter tolerance costs more evaluations per batch, never fewer.
            NfeMeasurement tight = NfeMeasurement.measure(trainer, options.withTolerances(1e-7, 1e-7), b);
            assertThat(tight.mean()).isGreaterThan(m.mean());
        }
    }

    @Test
    void the_micro_benchmark_reports_a_median_within_its_spread_and_the_cost_figures() {
        try (Trainer trainer = new Trainer(small())) {
            trainer.step();
            ComparedRun run = new ComparedRun("x", "x", trainer.config(), RunSeries.empty(), null, "test", null);
            DeploymentMeasurement d = DeploymentMeasurement.measure(trainer, run, trainer.solverOptions(false), 4,
                    5, 21);
            for (Timing t : List.of(d.tf(), d.tfTrain(), d.tvjpTrain())) {
                assertThat(t.calls()).isEqualTo(21);
                assertThat(t.medianSeconds()).isPositive().isBetween(t.p05Seconds(), t.p95Seconds());
            }
            assertThat(d.tf().batch()).isEqualTo(4);
            assertThat(d.tfTrain().batch()).isEqualTo(trainer.data().train().size());
            assertThat(d.figures().hasTraining()).isFalse();
            assertThat(d.figures().tf().provenance().detail()).contains("median of 21 timed calls after 5 warm-up");
        }
        assertThat(FieldBenchmark.quantile(new long[] {1, 2, 3, 10}, 0.5)).isEqualTo(2.5);
    }
}
