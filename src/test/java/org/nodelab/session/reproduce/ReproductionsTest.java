package org.nodelab.session.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nodelab.train.IterationMetrics;

/**
 * Every reproduction runs end to end on tiny data (a few iterations), and its report carries the published
 * figures with their sources and a verdict per aim. The runner's side-by-side training gives exactly the
 * losses of one-at-a-time training.
 */
class ReproductionsTest {

    static final ReproductionOptions TINY = new ReproductionOptions(List.of(1), 3, 48);

    @Test
    void theRegistryHasTheFourClaims() {
        assertThat(Reproductions.all()).extracting(Reproduction::id)
                .containsExactly("momentum", "localreg", "stable", "sonode");
        assertThat(Reproductions.fromId(" Momentum ").id()).isEqualTo("momentum");
        assertThatThrownBy(() -> Reproductions.fromId("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("momentum, localreg, stable, sonode");
    }

    @Test
    void eachReproductionReportsOursBesidePublishedWithSourcesAndVerdicts() {
        ReproductionRunner runner = new ReproductionRunner(2, Duration.ofMinutes(5), null);
        for (Reproduction reproduction : Reproductions.all()) {
            List<PlannedRun> plan = reproduction.plan(TINY);
            assertThat(plan).allSatisfy(p -> assertThat(p.iterations()).isEqualTo(3));
            List<RunResult> results = runner.run(plan);
            try {
                assertThat(results).allSatisfy(r -> assertThat(r.metrics()).as(r.run().name() + " " + r.fault())
                        .hasSize(3));
                ReproductionReport report = reproduction.report(results);
                assertThat(report.id()).isEqualTo(reproduction.id());
                assertThat(report.table()).hasSize((int) plan.stream().map(PlannedRun::group).distinct().count());
                assertThat(report.comparisons()).isNotEmpty().allSatisfy(c -> {
                    assertThat(c.published().source()).isNotBlank();
                    assertThat(reproduction.published()).contains(c.published());
                });
                assertThat(report.verdicts()).isNotEmpty().allSatisfy(v -> {
                    assertThat(v.outcome()).isIn(Verdict.HOLDS, Verdict.PARTLY, Verdict.FAILS);
                    assertThat(v.why()).isNotBlank();
                });
            } finally {
                results.forEach(RunResult::close);
            }
        }
    }

    @Test
    void sideBySideTrainingGivesTheSequentialLosses() {
        List<PlannedRun> plan = new MomentumReproduction().plan(new ReproductionOptions(List.of(1, 2), 3, 48))
                .subList(0, 2);
        List<RunResult> together = new ReproductionRunner(2, Duration.ofMinutes(5), null).run(plan);
        List<RunResult> alone = new ReproductionRunner(1, Duration.ofMinutes(5), null).run(plan);
        try {
            for (int i = 0; i < plan.size(); i++) {
                assertThat(losses(together.get(i))).as(plan.get(i).name()).containsExactly(losses(alone.get(i)));
                assertThat(together.get(i).cpuMillis()).isPositive();
            }
            // Different seeds train differently: the comparison above is not between copies of one run.
            assertThat(losses(together.get(0))).isNotEqualTo(losses(together.get(1)));
        } finally {
            together.forEach(RunResult::close);
            alone.forEach(RunResult::close);
        }
    }

    @Test
    void optionsRefuseWhatNoExperimentNeeds() {
        assertThatThrownBy(() -> new ReproductionOptions(null, 0)).hasMessageContaining("1..");
        assertThatThrownBy(() -> new ReproductionOptions(null, ReproductionOptions.MAX_ITERATIONS + 1))
                .hasMessageContaining("iterations per run");
        assertThatThrownBy(() -> new ReproductionOptions(List.of(1, 1), 5)).hasMessageContaining("each seed once");
        assertThatThrownBy(() -> new ReproductionOptions(null, 5, 4)).hasMessageContaining("points");
        assertThat(ReproductionOptions.DEFAULTS.iterationsOr(7)).isEqualTo(7);
    }

    private static double[] losses(RunResult r) {
        return r.metrics().stream().mapToDouble(IterationMetrics::trainLoss).toArray();
    }
}
