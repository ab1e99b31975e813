package org.nodelab.session.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The what-if is arithmetic on measured figures: a published NFE ratio applied to a candidate gives the latency
 * that t₀ + NFE × t_f says, and only a candidate's NFE moves.
 */
class WhatIfTest {

    private static RunFigures measured(double nfe, double tf) {
        return new RunFigures(Quantity.measured("NFE mean", nfe, "", "test"), Quantity.measured("NFE p95", nfe + 4,
                "", "test"), Quantity.measured("t_f", tf, "s", "test"), Quantity.measured("iterations", 100, "", "t"),
                Quantity.measured("NFE_F", 30, "", "t"), Quantity.measured("NFE_B", 40, "", "t"),
                Quantity.measured("t_f train", 2 * tf, "s", "t"), Quantity.measured("t_vjp", 3 * tf, "s", "t"));
    }

    @Test
    void aPublishedRatioOnTheCandidateGivesTheLatencyTheModelSays() {
        CostInputs in = CostInputs.typed(1e6, 1, 0.6, 0.05, 1e-4);
        RunFigures reference = measured(50, 5e-6);
        RunFigures candidate = measured(50, 5e-6);
        WhatIf w = new WhatIf(0.6, 1);
        RunCost ref = CostEstimate.of(in, w.of(reference, true));
        RunCost cand = CostEstimate.of(in, w.of(candidate, false));
        assertThat(ref.latency().value()).isCloseTo(1e-4 + 50 * 5e-6, within(1e-15));
        assertThat(cand.latency().value()).isCloseTo(1e-4 + 30 * 5e-6, within(1e-15));
        // t0 > 0: an NFE ratio of 0.6 buys a latency ratio of (0.1 + 0.15) / (0.1 + 0.25) = 0.714.
        assertThat(cand.latency().value() / ref.latency().value()).isCloseTo(0.25 / 0.35, within(1e-12));
        assertThat(w.of(candidate, false).nfeP95().value()).isCloseTo(54 * 0.6, within(1e-12));
        // Training NFE is what the run did; the what-if is about serving.
        assertThat(w.of(candidate, false).trainNfeForward().value()).isEqualTo(30);
    }

    @Test
    void aFasterMachineScalesEveryRunsFieldTimeAndNoNfe() {
        WhatIf w = new WhatIf(1, 0.25);
        RunFigures f = w.of(measured(40, 8e-6), true);
        assertThat(f.nfeMean().value()).isEqualTo(40);
        assertThat(f.tf().value()).isCloseTo(2e-6, within(1e-18));
        assertThat(f.tvjpTrain().value()).isCloseTo(6e-6, within(1e-18));
        assertThat(w.of(measured(40, 8e-6), false).tf().value()).isCloseTo(2e-6, within(1e-18));
    }

    @Test
    void aScaledNumberSaysItIsAWhatIfAndNamesItsFactor() {
        Quantity q = new WhatIf(0.7, 1).of(measured(10, 1e-6), false).nfeMean();
        assertThat(q.provenance().kind()).isEqualTo(Provenance.Kind.DERIVED);
        assertThat(q.provenance().detail()).contains("what-if").contains("0.70");
        assertThat(q.provenance().footer()).contains("NFE mean measured").contains("what-if NFE factor assumed");
        assertThat(WhatIf.NONE.of(measured(10, 1e-6), false).nfeMean().provenance().kind())
                .isEqualTo(Provenance.Kind.MEASURED);
    }

    @Test
    void factorsOutsideTheirRangeAreRefusedByName() {
        assertThatThrownBy(() -> new WhatIf(0, 1)).hasMessageContaining("NFE factor");
        assertThatThrownBy(() -> new WhatIf(Double.NaN, 1)).hasMessageContaining("NFE factor");
        assertThatThrownBy(() -> new WhatIf(1, 50)).hasMessageContaining("field-time factor");
    }
}
