package org.nodelab.session.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** TensorBoard's debiased EMA, by hand. */
class SmoothingTest {

    @Test
    void theDebiasedAverageStartsAtTheFirstPointAndFollowsByHand() {
        double[] s = Smoothing.ema(new double[] {10, 20, 20}, 0.5);
        assertThat(s[0]).isCloseTo(10, within(1e-12));
        // last = 0.5·5 + 0.5·20 = 12.5; divided by 1 − 0.25 = 16.667
        assertThat(s[1]).isCloseTo(12.5 / 0.75, within(1e-12));
        // last = 0.5·12.5 + 10 = 16.25; divided by 1 − 0.125
        assertThat(s[2]).isCloseTo(16.25 / 0.875, within(1e-12));
    }

    @Test
    void aConstantStaysConstantAndOffIsTheRawCurve() {
        for (double v : Smoothing.ema(new double[] {3, 3, 3, 3}, 0.9)) {
            assertThat(v).isCloseTo(3, within(1e-12));
        }
        assertThat(Smoothing.ema(new double[] {1, 5, 2}, 0)).containsExactly(1, 5, 2);
    }

    @Test
    void aFailedIterationStaysAGapAndDoesNotPoisonTheRest() {
        double[] s = Smoothing.ema(new double[] {4, Double.NaN, 4}, 0.8);
        assertThat(s[1]).isNaN();
        assertThat(s[2]).isCloseTo(4, within(1e-12));
    }

    @Test
    void aWeightOfOneOrMoreIsRefused() {
        assertThatThrownBy(() -> Smoothing.ema(new double[] {1}, 1)).hasMessageContaining("[0, 1)");
    }
}
