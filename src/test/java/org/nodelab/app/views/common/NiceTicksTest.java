package org.nodelab.app.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canvas views' ticks fall on round numbers, labelled with the decimals their step needs. */
class NiceTicksTest {

    @Test
    void roundSteps() {
        assertThat(NiceTicks.of(-2.3, 2.7, 6)).containsExactly(-2.0, -1.0, 0.0, 1.0, 2.0);
        assertThat(NiceTicks.of(0, 1, 5)).containsExactly(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0);
        assertThat(NiceTicks.step(0, 37, 5)).isEqualTo(10);
        assertThat(NiceTicks.of(1, 1, 5)).isEmpty();
        assertThat(NiceTicks.of(-1.9, 1.9, 3)).as("never a lone tick").hasSizeGreaterThanOrEqualTo(3);
        // The step that labels are made with is the one the ticks use, refinement included: -0.5 must not be
        // labelled as a step-1 tick ("-1"), which printed "-1 -1 0 1 1" under the Lyapunov map.
        for (double[] range : new double[][] {{-1.9, 1.9, 3}, {-1.2, 1.2, 2}, {-0.9, 1.3, 2}, {0, 37, 5}}) {
            java.util.List<Double> ticks = NiceTicks.of(range[0], range[1], (int) range[2]);
            double step = NiceTicks.step(range[0], range[1], (int) range[2]);
            assertThat(ticks.get(1) - ticks.get(0)).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-12));
            java.util.List<String> labels = ticks.stream().map(v -> NiceTicks.label(v, step)).toList();
            assertThat(labels).doesNotHaveDuplicates();
        }
    }

    @Test
    void labels() {
        assertThat(NiceTicks.label(0.6000000000000001, 0.2)).isEqualTo("0.6");
        assertThat(NiceTicks.label(-2, 1)).isEqualTo("-2");
        assertThat(NiceTicks.label(0.25, 0.05)).isEqualTo("0.25");
        assertThat(NiceTicks.label(0, 0.05)).isEqualTo("0");
    }
}
