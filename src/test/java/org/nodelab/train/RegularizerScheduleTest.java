package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegularizerScheduleTest {

    @Test
    void anExponentialDecayRunsFromTheStartToTheEndAndStays() {
        RegularizerConfig c = new RegularizerConfig(RegularizerKind.LOCAL_ERROR, 0.1)
                .withSchedule(RegularizerSchedule.exponentialDecay(0.001, 5));
        assertThat(c.strengthAt(1)).isEqualTo(0.1);
        assertThat(c.strengthAt(3)).isCloseTo(0.01, within(1e-15));
        assertThat(c.strengthAt(5)).isEqualTo(0.001);
        assertThat(c.strengthAt(500)).isEqualTo(0.001);
        assertThat(new RegularizerConfig(RegularizerKind.LOCAL_ERROR, 0.1).strengthAt(9)).isEqualTo(0.1);
        assertThat(c.withSchedule(RegularizerSchedule.exponentialDecay(0, 3)).strengthAt(3)).isZero();
        assertThatThrownBy(() -> RegularizerSchedule.exponentialDecay(-1, 3)).hasMessageContaining("final");
        assertThatThrownBy(() -> RegularizerSchedule.exponentialDecay(0.1, -3)).hasMessageContaining("decay");
    }

    @Test
    void theTrainerUsesTheScheduledStrength() {
        TrainingConfig base = TrainingConfig.defaults().withModel(m -> m.withWidth(4))
                .withData(d -> d.withPoints(32)).withRegularizer(RegularizerKind.WEIGHT_DECAY, 1.0);
        TrainingConfig decayed = base.withRegularizer(base.regularizer()
                .withSchedule(RegularizerSchedule.exponentialDecay(0.01, 2)));
        try (Trainer constant = new Trainer(base); Trainer scheduled = new Trainer(decayed)) {
            // Iteration 1 is at the start strength in both; by iteration 2 the schedule has reached λ/100.
            assertThat(scheduled.step().regularization()).isEqualTo(constant.step().regularization());
            double c2 = constant.step().regularization();
            double s2 = scheduled.step().regularization();
            assertThat(s2 / c2).isCloseTo(0.01, within(1e-3));
        }
    }
}
