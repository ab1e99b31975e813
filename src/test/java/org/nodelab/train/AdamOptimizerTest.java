package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class AdamOptimizerTest {

    @Test
    void firstStepHasTheLearningRateAsItsSizeInEveryCoordinate() {
        // Adam's bias correction makes the first step lr · g/|g| per coordinate (up to epsilon).
        AdamOptimizer adam = new AdamOptimizer(3, 0.01);
        double[] p = {1, 2, 3};
        adam.step(p, new double[] {0.5, -4, 1e-3}, 0);
        assertThat(p[0]).isCloseTo(0.99, offset(1e-6));
        assertThat(p[1]).isCloseTo(2.01, offset(1e-6));
        assertThat(p[2]).isCloseTo(2.99, offset(1e-4));
    }

    @Test
    void minimizesAQuadraticBowl() {
        AdamOptimizer adam = new AdamOptimizer(2, 0.05);
        double[] p = {3, -2};
        for (int i = 0; i < 2000; i++) {
            adam.step(p, new double[] {2 * p[0], 20 * p[1]}, 0);
        }
        assertThat(p[0]).isCloseTo(0, offset(1e-2));
        assertThat(p[1]).isCloseTo(0, offset(1e-2));
    }

    @Test
    void clipsByGlobalNormAndReportsTheNormBeforeClipping() {
        AdamOptimizer adam = new AdamOptimizer(2, 0.1);
        double norm = adam.step(new double[2], new double[] {30, 40}, 1.0);
        assertThat(norm).isEqualTo(50.0);
    }

    @Test
    void learningRateChangesLive() {
        AdamOptimizer adam = new AdamOptimizer(1, 0.1);
        adam.setLearningRate(0.001);
        double[] p = {0};
        adam.step(p, new double[] {1}, 0);
        assertThat(p[0]).isCloseTo(-0.001, offset(1e-6));
    }
}
