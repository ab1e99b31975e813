package org.nodelab.model;

import static org.assertj.core.api.Assertions.assertThat;

final class Assertions2 {

    private Assertions2() {
    }

    /** |a − e| ≤ relative · max(|e|, 1e-2 · max|e|), component by component. */
    static void assertRelativeClose(String what, double[] actual, double[] expected, double relative) {
        assertThat(actual).hasSameSizeAs(expected);
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertThat(scale).as(what + ": the expected vector is not all zero").isPositive();
        for (int i = 0; i < actual.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i]))
                    .as("%s, component %d: %s vs %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(relative * Math.max(Math.abs(expected[i]), 1e-2 * scale));
        }
    }
}
