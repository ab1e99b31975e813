package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LossesTest {

    @Test
    void crossEntropyGradientMatchesFiniteDifferencesAndSurvivesHugeLogits() {
        double[] logits = {1.0, -2.0, 0.5, 800.0, 799.0, -3.0};
        int[] labels = {2, 0};
        double[] grad = new double[logits.length];
        double loss = Losses.crossEntropy(logits, labels, 3, grad);
        assertThat(loss).isFinite();
        for (int i = 0; i < logits.length; i++) {
            double saved = logits[i];
            logits[i] = saved + 1e-6;
            double up = Losses.crossEntropy(logits, labels, 3, null);
            logits[i] = saved - 1e-6;
            double down = Losses.crossEntropy(logits, labels, 3, null);
            logits[i] = saved;
            assertThat(grad[i]).isCloseTo((up - down) / 2e-6, offset(1e-6));
        }
        assertThat(Losses.accuracy(logits, labels, 3)).isEqualTo(0.5);
        assertThat(Losses.accuracy(logits, new int[] {0, 0}, 3)).isEqualTo(1.0);
    }

    @Test
    void meanSquaredErrorAndItsGradient() {
        double[] grad = new double[2];
        assertThat(Losses.meanSquaredError(new double[] {1, 3}, new double[] {0, 1}, grad)).isEqualTo(2.5);
        assertThat(grad).containsExactly(1.0, 2.0);
    }
}
