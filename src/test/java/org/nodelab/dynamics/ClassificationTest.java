package org.nodelab.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static List<Eigenvalue> values(double... reIm) {
        Eigenvalue[] e = new Eigenvalue[reIm.length / 2];
        for (int i = 0; i < e.length; i++) {
            e[i] = new Eigenvalue(reIm[2 * i], reIm[2 * i + 1]);
        }
        return Arrays.asList(e);
    }

    @Test
    void twoDimensionalCases() {
        assertThat(Classification.of(values(-1, 0, -2, 0))).isEqualTo(Classification.STABLE_NODE);
        assertThat(Classification.of(values(1, 0, 2, 0))).isEqualTo(Classification.UNSTABLE_NODE);
        assertThat(Classification.of(values(1, 0, -2, 0))).isEqualTo(Classification.SADDLE);
        assertThat(Classification.of(values(-1, 2, -1, -2))).isEqualTo(Classification.STABLE_FOCUS);
        assertThat(Classification.of(values(1, 2, 1, -2))).isEqualTo(Classification.UNSTABLE_FOCUS);
        assertThat(Classification.of(values(1e-12, 2, 1e-12, -2))).isEqualTo(Classification.CENTRE);
        assertThat(Classification.of(values(0, 0, -1, 0))).isEqualTo(Classification.NON_HYPERBOLIC);
    }

    @Test
    void higherDimensionalCasesAreHonestAboutMixedSigns() {
        // A saddle-focus (Lorenz wing centres, Shilnikov) is reported as a saddle.
        assertThat(Classification.of(values(0.1, 10, 0.1, -10, -13.8, 0))).isEqualTo(Classification.SADDLE);
        assertThat(Classification.of(values(-0.1, 1, -0.1, -1, -3, 0))).isEqualTo(Classification.STABLE_FOCUS);
        // A centre direction beside a decaying one cannot be decided by the linearization.
        assertThat(Classification.of(values(0, 1, 0, -1, -3, 0))).isEqualTo(Classification.NON_HYPERBOLIC);
        assertThat(Classification.of(values(-5, 0))).isEqualTo(Classification.STABLE_NODE);
    }

    @Test
    void onlyAttractingKindsAreStableAndEveryKindExplainsItself() {
        for (Classification c : Classification.values()) {
            assertThat(c.description()).isNotBlank();
            assertThat(c.stable()).isEqualTo(c == Classification.STABLE_NODE || c == Classification.STABLE_FOCUS);
        }
    }
}
