package org.nodelab.session.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.TrainingConfig;

/** The diff table, the fairness check and seed groups, on real configs. */
class ComparisonTest {

    private static final TrainingConfig BASE = TrainingConfig.defaults();

    private static ComparedRun run(String name, TrainingConfig c, double... testAccuracy) {
        RunSeries.Builder b = new RunSeries.Builder();
        for (int i = 0; i < testAccuracy.length; i++) {
            b.add(new RunSeries.Point(i + 1, 0.5, 1.0 / (i + 1), 2.0 / (i + 1), testAccuracy[i], 20 + i, 30, 3, 1));
        }
        return new ComparedRun(name + "-id", name, c, b.build(), null, "test", null);
    }

    @Test
    void the_settings_walk_reaches_every_part_of_the_config() {
        Map<String, Object> flat = ConfigSettings.flatten(BASE);
        assertThat(flat).containsKeys("model.family", "model.width", "model.damping", "data.dataset", "data.seed",
                "solver.method", "solver.rtol", "solver.maxSteps", "optimizer.batchSize", "regularizer.kind",
                "integrationTime", "gradient", "analysisEvery");
        for (Fairness.Aspect aspect : Fairness.ASPECTS) {
            assertThat(flat).as(aspect.label()).containsKeys(aspect.paths().toArray(String[]::new));
        }
        assertThat(ConfigSettings.display(flat.get("model.family"))).isEqualTo("hbnode");
        assertThat(ConfigSettings.display(flat.get("solver.method"))).isEqualTo("dopri5");
        assertThat(ConfigSettings.display(flat.get("gradient"))).isEqualTo("adjoint");
    }

    @Test
    void only_the_differing_settings_are_listed_and_a_model_change_keeps_nfe_comparable() {
        TrainingConfig node = BASE.withModel(m -> m.withFamily(ModelFamilies.fromId("node")));
        TrainingConfig damped = BASE.withModel(m -> m.withDamping(0.3));
        Comparison c = new Comparison(List.of(run("hb", BASE, 0.5), run("node", node, 0.4),
                run("damped", damped, 0.6)), 0);
        assertThat(c.settings()).extracting(SettingRow::path).containsExactly("model.family", "model.damping")
                .doesNotContain("solver.rtol");
        SettingRow family = c.settings().get(0);
        assertThat(family.values()).containsExactly("hbnode", "node", "hbnode");
        assertThat(family.differsFrom(1, 0)).isTrue();
        assertThat(family.differsFrom(2, 0)).isFalse();
        Fairness f = c.fairness();
        assertThat(f.comparable()).isTrue();
        assertThat(f.statement()).startsWith("NFE is comparable");
    }

    @Test
    void solver_tolerance_horizon_and_gradient_differences_are_stated_in_plain_words() {
        TrainingConfig other = BASE.withSolver(s -> s.withMethod(Method.fromId("rk4")).withRtol(1e-4))
                .withIntegrationTime(3).withGradient(GradientMethod.BACKPROP);
        Fairness f = new Comparison(List.of(run("a", BASE, 0.5), run("b", other, 0.5)), 0).fairness();
        assertThat(f.comparable()).isFalse();
        assertThat(f.differences()).containsExactly("solver method (solver.method: dopri5, rk4)",
                "tolerance (solver.rtol: 0.001, 1.0E-4)", "horizon T (integrationTime: 1, 3)",
                "gradient method (gradient: adjoint, backprop)");
        assertThat(f.statement()).startsWith("NFE is not comparable across these runs: they differ in solver method")
                .contains(" and gradient method (");
    }

    @Test
    void the_adjoint_norm_is_part_of_what_makes_nfe_b_comparable() {
        TrainingConfig seminorm = BASE.withSolver(s -> s.withAdjointNorm(org.nodelab.ode.AdjointNorm.SEMINORM));
        Fairness f = new Comparison(List.of(run("a", BASE, 0.5), run("b", seminorm, 0.5)), 0).fairness();
        assertThat(f.comparable()).isFalse();
        assertThat(f.differences()).singleElement().asString().startsWith("adjoint error norm (solver.adjointNorm: ");
    }

    @Test
    void seeds_of_one_configuration_form_a_group_with_a_mean_and_a_band() {
        TrainingConfig seed2 = BASE.withModel(m -> m.withSeed(2)).withData(d -> d.withSeed(2));
        TrainingConfig wider = BASE.withModel(m -> m.withWidth(64));
        Comparison c = new Comparison(List.of(run("s1", BASE, 0.5, 0.7, 0.9), run("w", wider, 0.1, 0.2),
                run("s2", seed2, 0.7, 0.9)), 0);
        List<RunGroup> groups = c.groups();
        assertThat(groups).extracting(RunGroup::name).containsExactly("s1 (2 seeds)", "w");
        RunGroup.Band band = groups.get(0).band(Metric.TEST_ACCURACY, XAxis.ITERATION);
        assertThat(band.size()).isEqualTo(2);
        assertThat(band.mean()[1]).isCloseTo(0.8, within(1e-12));
        assertThat(band.min()[1]).isEqualTo(0.7);
        assertThat(band.max()[1]).isEqualTo(0.9);
        assertThat(band.x()).containsExactly(1, 2);
        assertThat(c.fairness().differences()).containsExactly("dataset seed (data.seed: 0, 2)");
    }

    @Test
    void metrics_show_delta_and_percent_against_the_pinned_run_judged_by_direction() {
        Comparison c = new Comparison(List.of(run("a", BASE, 0.5, 0.6), run("b", BASE, 0.9, 0.75),
                run("c", BASE, 0.6, 0.3)), 0);
        MetricRow accuracy = row(c.metrics(MetricSummary.LAST, 1), Metric.TEST_ACCURACY);
        assertThat(accuracy.values()).containsExactly(0.6, 0.75, 0.3);
        assertThat(accuracy.delta().get(1)).isCloseTo(0.15, within(1e-12));
        assertThat(accuracy.deltaPercent().get(2)).isCloseTo(-50, within(1e-9));
        assertThat(accuracy.verdicts()).containsExactly(MetricRow.Verdict.PINNED, MetricRow.Verdict.BETTER,
                MetricRow.Verdict.WORSE);
        assertThat(row(c.metrics(MetricSummary.BEST, 1), Metric.TEST_ACCURACY).values()).containsExactly(0.6, 0.9,
                0.6);
        assertThat(row(c.metrics(MetricSummary.MEAN_OF_LAST, 2), Metric.TEST_ACCURACY).values().get(1))
                .isCloseTo(0.825, within(1e-12));
        // NFE is lower-better: all three runs have 21 at the last iteration.
        MetricRow nfe = row(c.metrics(MetricSummary.LAST, 1), Metric.NFE_FORWARD);
        assertThat(nfe.verdicts()).containsExactly(MetricRow.Verdict.PINNED, MetricRow.Verdict.SAME,
                MetricRow.Verdict.SAME);
        assertThat(Metric.NFE_FORWARD.better()).isEqualTo(Metric.Better.LOWER);
        assertThat(Metric.TEST_ACCURACY.better()).isEqualTo(Metric.Better.HIGHER);
        assertThat(Metric.TEST_ACCURACY.id()).isEqualTo("testAccuracy");
    }

    @Test
    void the_series_derives_cumulative_nfe_and_wall_time_for_one_shared_axis() {
        RunSeries s = run("a", BASE, 0.5, 0.6, 0.7).series();
        assertThat(s.xs(XAxis.ITERATION)).containsExactly(1, 2, 3);
        assertThat(s.xs(XAxis.CUMULATIVE_NFE)).containsExactly(50, 101, 153);
        assertThat(s.xs(XAxis.WALL_SECONDS)).containsExactly(0.5, 1.0, 1.5);
        assertThat(s.hasWallTime()).isTrue();
        assertThat(s.totalNfe()).isEqualTo(153);
    }

    @Test
    void colours_are_stable_per_id_and_distinct_within_a_comparison() {
        List<ComparedRun> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(run("r" + i, BASE, 0.5));
        }
        assertThat(RunColours.stableIndex("r3-id")).isEqualTo(RunColours.stableIndex("r3-id"));
        assertThat(new Comparison(runs, 0).colours()).doesNotHaveDuplicates().hasSize(8);
        assertThat(new Comparison(runs.subList(2, 4), 0).colours().get(0)).isEqualTo(runs.get(2).colourIndex());
    }

    private static MetricRow row(List<MetricRow> rows, Metric m) {
        return rows.stream().filter(r -> r.metric() == m).findFirst().orElseThrow();
    }
}
