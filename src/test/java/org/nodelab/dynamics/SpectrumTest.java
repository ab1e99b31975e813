package org.nodelab.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpectrumTest {

    @Test
    void rotationHasAConjugatePairOnTheImaginaryAxis() {
        List<Eigenvalue> values = Spectrum.eigenvalues(new double[][] {{0, 1}, {-1, 0}});
        assertThat(values).hasSize(2);
        assertThat(values.get(0).re()).isCloseTo(0, within(1e-14));
        assertThat(values.get(0).im()).isCloseTo(1, within(1e-14));
        assertThat(values.get(1).im()).isCloseTo(-1, within(1e-14));
    }

    @Test
    void eigenvaluesComeSortedByRealPartLargestFirst() {
        double[][] triangular = {{-1, 5, 2, 0}, {0, 3, 7, 1}, {0, 0, 0.5, -4}, {0, 0, 0, -7}};
        List<Eigenvalue> values = Spectrum.eigenvalues(triangular);
        double[] expected = {3, 0.5, -1, -7};
        for (int i = 0; i < 4; i++) {
            assertThat(values.get(i).re()).isCloseTo(expected[i], within(1e-12));
            assertThat(values.get(i).im()).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void heavyBallOracleFromScienceNotes() {
        // science.md §1: for f = A h the HBNODE Jacobian is [[0, I], [A, −γI]]; μ of A gives (−γ ± √(γ² + 4μ)) / 2.
        double gamma = 0.6;
        double mu1 = -2;
        double mu2 = 0.5;
        double[][] jacobian = {{0, 0, 1, 0}, {0, 0, 0, 1}, {mu1, 0, -gamma, 0}, {0, mu2, 0, -gamma}};
        List<Eigenvalue> values = Spectrum.eigenvalues(jacobian);
        double root2 = Math.sqrt(gamma * gamma + 4 * mu2);
        assertThat(values.get(0).re()).isCloseTo((-gamma + root2) / 2, within(1e-12));
        assertThat(values.get(1).re()).isCloseTo(-gamma / 2, within(1e-12));
        assertThat(Math.abs(values.get(1).im())).isCloseTo(Math.sqrt(-(gamma * gamma + 4 * mu1)) / 2, within(1e-12));
        assertThat(values.get(3).re()).isCloseTo((-gamma - root2) / 2, within(1e-12));
    }

    @Test
    void rejectsMatricesThatAreNotSquareOrNotFinite() {
        assertThatThrownBy(() -> Spectrum.eigenvalues(new double[][] {{1, 2}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Spectrum.eigenvalues(new double[][] {{Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
