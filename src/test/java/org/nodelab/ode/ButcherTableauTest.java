package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ButcherTableauTest {

    @ParameterizedTest
    @EnumSource(value = Method.class, names = "VERLET", mode = EnumSource.Mode.EXCLUDE)
    void tableauIsConsistentAndItsDenseOutputMatchesTheStepEnds(Method method) {
        ButcherTableau tableau = method.tableau();
        int s = tableau.stages();
        double sum = 0;
        for (int i = 0; i < s; i++) {
            sum += tableau.b()[i];
            double row = 0;
            for (double a : tableau.a()[i]) {
                row += a;
            }
            assertThat(row).as("row sum %d equals c", i).isCloseTo(tableau.c()[i], offset(1e-14));
        }
        assertThat(sum).isCloseTo(1.0, offset(1e-14));
        if (tableau.isEmbedded()) {
            double errorSum = 0;
            for (double e : tableau.errorWeights()) {
                errorSum += e;
            }
            assertThat(errorSum).isCloseTo(0.0, offset(1e-14));
        }
        double[] w = new double[s];
        for (double theta : new double[] {0.0, 0.25, 0.5, 0.9}) {
            tableau.denseOutput().weights(theta, w);
            double total = 0;
            double firstMoment = 0;
            for (int i = 0; i < s; i++) {
                total += w[i];
                firstMoment += w[i] * tableau.c()[i];
            }
            assertThat(total).as("Σw(%s)", theta).isCloseTo(theta, offset(1e-12));
            if (method != Method.EULER) {
                assertThat(firstMoment).as("Σw c at %s", theta).isCloseTo(theta * theta / 2, offset(1e-12));
            }
        }
        tableau.denseOutput().weights(1.0, w);
        for (int i = 0; i < s; i++) {
            assertThat(w[i]).as("w_%d(1) = b_%d", i, i).isCloseTo(tableau.b()[i], offset(1e-12));
        }
    }

    @Test
    void stabilityPolynomialsAreTheTruncatedExponentialWhereTheyShouldBe() {
        assertThat(ButcherTableaus.RK4.stabilityPolynomial())
                .containsExactly(new double[] {1, 1, 0.5, 1.0 / 6, 1.0 / 24}, offset(1e-15));
        double[] dopri = ButcherTableaus.DOPRI5.stabilityPolynomial();
        assertThat(dopri).hasSize(7);
        assertThat(dopri[5]).isCloseTo(1.0 / 120, offset(1e-14));
        assertThat(dopri[6]).isCloseTo(1.0 / 600, offset(1e-14));
        assertThat(ButcherTableaus.EULER.stabilityPolynomial()).containsExactly(1, 1);
    }
}
