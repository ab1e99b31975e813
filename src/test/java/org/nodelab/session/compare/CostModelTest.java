package org.nodelab.session.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cost arithmetic against the worked example of next-features.md C.1, and its provenance. */
class CostModelTest {

    private static final String LOGS = "hedixia/HeavyBallNODE logs (commit 71d68cd)";

    /** t_f = 0.40 ms at B = 1, t₀ = 1 ms, 10⁷ requests/day, u = 1, $0.05 per core-hour. */
    private static final CostInputs EXAMPLE = CostInputs.typed(1e7, 1, 1.0, 0.05, 1e-3);

    private static RunFigures published(double nfe) {
        Quantity n = Quantity.published("NFE_F", nfe, "", LOGS);
        return RunFigures.serving(n, n, Quantity.assumed("t_f(B=1)", 0.40e-3, "s"));
    }

    @Test
    void node_and_hbnode_cost_what_the_worked_example_says() {
        RunCost node = CostEstimate.of(EXAMPLE, published(44.0));
        RunCost hbnode = CostEstimate.of(EXAMPLE, published(22.6));
        assertThat(node.latency().value()).isCloseTo(18.6e-3, within(1e-9));
        assertThat(node.coreHoursPerDay().value()).isCloseTo(51.7, within(0.05));
        assertThat(node.costPerDay().value()).isCloseTo(2.58, within(0.005));
        assertThat(hbnode.latency().value()).isCloseTo(10.04e-3, within(1e-9));
        assertThat(hbnode.coreHoursPerDay().value()).isCloseTo(27.9, within(0.05));
        assertThat(hbnode.costPerDay().value()).isCloseTo(1.39, within(0.005));
        assertThat(node.costPerMonth().value()).isCloseTo(30 * node.costPerDay().value(), within(1e-12));
        assertThat(node.costPerRequest().value() * 1e7).isCloseTo(node.costPerDay().value(), within(1e-9));
        assertThat(node.trainingCost()).isNull();
    }

    @Test
    void every_figure_names_where_its_numbers_came_from() {
        RunCost node = CostEstimate.of(EXAMPLE, published(44.0));
        assertThat(node.costPerDay().provenance().kind()).isEqualTo(Provenance.Kind.DERIVED);
        String footer = node.costPerDay().provenance().footer();
        assertThat(footer).contains("NFE_F published (" + LOGS + ")").contains("t_f(B=1) assumed")
                .contains("price assumed").contains("requests/day assumed").contains("t0 assumed");
        assertThat(node.latency().provenance().inputs()).extracting(Quantity::name)
                .containsExactly("t0", "NFE_F", "t_f(B=1)");
    }

    @Test
    void a_published_nfe_ratio_buys_a_less_favourable_latency_ratio_when_t0_is_positive() {
        // Local regularization's 0.556–0.733× NFE on the NODE row gives 0.58–0.75× latency.
        assertThat(CostModel.latencyRatio(1e-3, 44, 0.556, 0.4e-3)).isCloseTo(0.58, within(0.005));
        assertThat(CostModel.latencyRatio(1e-3, 44, 0.733, 0.4e-3)).isCloseTo(0.75, within(0.005));
        for (int k = 1; k <= 9; k++) {
            double r = k / 10.0;
            assertThat(CostModel.latencyRatio(1e-3, 44, r, 0.4e-3)).isGreaterThan(r).isLessThan(1);
            assertThat(CostModel.latencyRatio(0, 44, r, 0.4e-3)).isCloseTo(r, within(1e-12));
        }
        Savings s = CostEstimate.against(EXAMPLE, published(44.0), CostEstimate.of(EXAMPLE, published(44.0)),
                published(22.6), CostEstimate.of(EXAMPLE, published(22.6)));
        assertThat(s.nfeRatio().value()).isCloseTo(22.6 / 44.0, within(1e-12));
        assertThat(s.latencyRatio().value()).isCloseTo(10.04 / 18.6, within(1e-9)).isGreaterThan(s.nfeRatio().value());
        assertThat(s.explanation()).contains("0.51×").contains("0.54×").contains("fixed overhead");
        assertThat(s.savedPerDay().value()).isCloseTo(2.58 - 1.39, within(0.01));
        assertThat(s.payback()).isNull();
        assertThat(s.explanation()).doesNotContain("field costs");

        RunFigures slowerField = RunFigures.serving(Quantity.published("NFE_F", 22.6, "", LOGS),
                Quantity.published("NFE_F", 22.6, "", LOGS), Quantity.assumed("t_f(B=1)", 0.8e-3, "s"));
        Savings slower = CostEstimate.against(EXAMPLE, published(44.0), CostEstimate.of(EXAMPLE, published(44.0)),
                slowerField, CostEstimate.of(EXAMPLE, slowerField));
        assertThat(slower.latencyRatio().value()).isCloseTo((1 + 22.6 * 0.8) / 18.6, within(1e-9));
        assertThat(slower.explanation()).contains("0.54× at equal t_f").contains("field costs 0.800 ms per evaluation "
                + "against 0.400 ms").contains(String.format(java.util.Locale.ROOT, "%.2f×",
                slower.latencyRatio().value()));
    }

    @Test
    void training_cost_and_payback_volume() {
        // 100 iterations × (50 × 1 ms + 80 × 2.5 ms) = 25 s of compute.
        assertThat(CostModel.trainingSeconds(100, 50, 80, 1e-3, 2.5e-3)).isCloseTo(25, within(1e-9));
        assertThat(CostModel.trainingCost(3600, 0.05)).isCloseTo(0.05, within(1e-12));
        // Costs $10 more to train, saves $0.001 a request: pays back after 10 000 requests.
        assertThat(CostModel.paybackRequests(5, 15, 0.003, 0.002)).isCloseTo(10_000, within(1e-6));
        assertThat(CostModel.paybackRequests(15, 5, 0.003, 0.002)).isZero();
        assertThat(CostModel.paybackRequests(5, 15, 0.002, 0.003)).isInfinite();

        Quantity iterations = Quantity.measured("iterations", 100, "", "logged");
        RunFigures cheapToTrain = new RunFigures(Quantity.assumed("NFE", 44, ""), Quantity.assumed("NFE", 60, ""),
                Quantity.assumed("t_f", 0.4e-3, "s"), iterations, Quantity.assumed("F", 44, ""),
                Quantity.assumed("B", 69, ""), Quantity.assumed("t_f", 1e-3, "s"),
                Quantity.assumed("t_vjp", 2e-3, "s"));
        RunFigures dearToTrain = new RunFigures(Quantity.assumed("NFE", 22, ""), Quantity.assumed("NFE", 30, ""),
                Quantity.assumed("t_f", 0.4e-3, "s"), iterations, Quantity.assumed("F", 88, ""),
                Quantity.assumed("B", 120, ""), Quantity.assumed("t_f", 1e-3, "s"),
                Quantity.assumed("t_vjp", 2e-3, "s"));
        RunCost ref = CostEstimate.of(EXAMPLE, cheapToTrain);
        RunCost candidate = CostEstimate.of(EXAMPLE, dearToTrain);
        assertThat(ref.trainingSeconds().value()).isCloseTo(100 * (44 * 1e-3 + 69 * 2e-3), within(1e-9));
        assertThat(ref.latencyP95().value()).isCloseTo(1e-3 + 60 * 0.4e-3, within(1e-12));
        Savings s = CostEstimate.against(EXAMPLE, cheapToTrain, ref, dearToTrain, candidate);
        double expected = (candidate.trainingCost().value() - ref.trainingCost().value())
                / (ref.costPerRequest().value() - candidate.costPerRequest().value());
        assertThat(s.payback().value()).isCloseTo(expected, within(1e-6)).isPositive();
    }

    @Test
    void inputs_out_of_range_are_refused_with_what_was_given() {
        assertThatThrownBy(() -> CostInputs.typed(1e7, 1, 0, 0.05, 0)).hasMessageContaining("utilisation")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> CostInputs.typed(1e7, 0, 1, 0.05, 0)).hasMessageContaining("batch");
        assertThatThrownBy(() -> CostInputs.typed(0, 1, 1, 0.05, 0)).hasMessageContaining("requests per day");
        assertThatThrownBy(() -> CostInputs.typed(1e7, 1, 1, Double.NaN, 0)).hasMessageContaining("price");
        assertThatThrownBy(() -> CostInputs.typed(1e7, 1, 1, 0.05, -1)).hasMessageContaining("t0");
    }
}
