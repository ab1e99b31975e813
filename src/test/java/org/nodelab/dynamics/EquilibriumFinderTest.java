package org.nodelab.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.VectorField;

class EquilibriumFinderTest {

    private static Equilibrium find(VectorField field, double... seed) {
        Equilibrium equilibrium = EquilibriumFinder.find(field, 0, seed);
        assertThat(equilibrium.converged()).as(equilibrium.message()).isTrue();
        assertThat(equilibrium.residualNorm()).isLessThanOrEqualTo(EquilibriumFinder.DEFAULT_TOLERANCE);
        return equilibrium;
    }

    @Test
    void harmonicOscillatorOriginIsACentre() {
        Equilibrium e = find(new PlanarField((x, y) -> y, (x, y) -> -x), 0.3, -0.2);
        assertThat(e.point()[0]).isCloseTo(0, within(1e-12));
        assertThat(e.classification()).isEqualTo(Classification.CENTRE);
        assertThat(e.classification().stable()).isFalse();
    }

    @Test
    void dampedOscillatorIsAStableFocusAndOverdampedOneAStableNode() {
        Equilibrium focus = find(new PlanarField((x, y) -> y, (x, y) -> -x - 0.5 * y), 1, 1);
        assertThat(focus.classification()).isEqualTo(Classification.STABLE_FOCUS);
        assertThat(focus.classification().stable()).isTrue();
        assertThat(focus.eigenvalues().get(0).re()).isCloseTo(-0.25, within(1e-8));

        Equilibrium node = find(new PlanarField((x, y) -> y, (x, y) -> -x - 3 * y), 1, 1);
        assertThat(node.classification()).isEqualTo(Classification.STABLE_NODE);
        assertThat(node.eigenvalues().get(0).re()).isCloseTo((-3 + Math.sqrt(5)) / 2, within(1e-8));
    }

    @Test
    void criticallyDampedOscillatorWithItsRepeatedEigenvalueIsStillANode() {
        Equilibrium e = find(new PlanarField((x, y) -> y, (x, y) -> -x - 2 * y), 0.5, 0.5);
        assertThat(e.classification()).isEqualTo(Classification.STABLE_NODE);
    }

    @Test
    void hyperbolicSaddle() {
        Equilibrium e = find(new PlanarField((x, y) -> x, (x, y) -> -y), 2, -3);
        assertThat(e.classification()).isEqualTo(Classification.SADDLE);
        assertThat(e.eigenvalues().get(0).re()).isCloseTo(1, within(1e-8));
        assertThat(e.eigenvalues().get(1).re()).isCloseTo(-1, within(1e-8));
    }

    @Test
    void vanDerPolOriginIsAnUnstableFocusForMuOne() {
        double mu = 1;
        Equilibrium e = find(new PlanarField((x, y) -> y, (x, y) -> mu * (1 - x * x) * y - x), 0.1, 0.1);
        assertThat(e.classification()).isEqualTo(Classification.UNSTABLE_FOCUS);
        assertThat(e.eigenvalues().get(0).re()).isCloseTo(0.5, within(1e-8));
    }

    @Test
    void lotkaVolterraCoexistenceIsACentre() {
        // x' = a x − b x y, y' = d x y − c y: coexistence at (c/d, a/b), eigenvalues ±i√(ac).
        double a = 1.1;
        double b = 0.4;
        double c = 0.4;
        double d = 0.1;
        Equilibrium e = find(new PlanarField((x, y) -> a * x - b * x * y, (x, y) -> d * x * y - c * y), 3, 2);
        assertThat(e.point()[0]).isCloseTo(c / d, within(1e-9));
        assertThat(e.point()[1]).isCloseTo(a / b, within(1e-9));
        assertThat(e.classification()).isEqualTo(Classification.CENTRE);
        assertThat(Math.abs(e.eigenvalues().get(0).im())).isCloseTo(Math.sqrt(a * c), within(1e-8));
    }

    @Test
    void pendulumUprightSaddleIsFoundFromANearbySeed() {
        double g = 9.81;
        Equilibrium e = find(new PlanarField((x, y) -> y, (x, y) -> -g * Math.sin(x)), 2.8, 0.4);
        assertThat(e.point()[0]).isCloseTo(Math.PI, within(1e-12));
        assertThat(e.point()[1]).isCloseTo(0, within(1e-12));
        assertThat(e.classification()).isEqualTo(Classification.SADDLE);
        assertThat(e.eigenvalues().get(0).re()).isCloseTo(Math.sqrt(g), within(1e-7));
    }

    @Test
    void lorenzOriginIsASaddleAndItsWingCentresAreSaddleFoci() {
        LyapunovSpectrumTest.Lorenz lorenz = new LyapunovSpectrumTest.Lorenz();
        assertThat(find(lorenz, 0.1, -0.1, 0.2).classification()).isEqualTo(Classification.SADDLE);
        double r = Math.sqrt(8.0 / 3 * 27);
        Equilibrium wing = find(lorenz, 8, 8, 26);
        assertThat(wing.point()[0]).isCloseTo(r, within(1e-10));
        assertThat(wing.point()[2]).isCloseTo(27, within(1e-10));
        assertThat(wing.classification()).isEqualTo(Classification.SADDLE);
    }

    @Test
    void aFieldWithoutEquilibriaIsReportedAsNotConvergedWithoutThrowing() {
        // x' = 1 + x², y' = −y: no zero anywhere; Newton must stop and say so.
        Equilibrium e = EquilibriumFinder.find(new PlanarField((x, y) -> 1 + x * x, (x, y) -> -y), 0, new double[] {0.5, 1});
        assertThat(e.converged()).isFalse();
        assertThat(e.residualNorm()).isGreaterThanOrEqualTo(1);
        assertThat(e.message()).contains("did not converge");
        assertThat(Double.isFinite(e.point()[0])).isTrue();
    }

    @Test
    void aDegenerateZeroIsStillReachedThoughOnlyLinearly() {
        // x' = x³, y' = y: the Jacobian vanishes at the root, so Newton only shrinks x by 2/3 per step.
        Equilibrium e = EquilibriumFinder.find(new PlanarField((x, y) -> x * x * x, (x, y) -> y), 0,
                new double[] {0.5, 0.5});
        assertThat(e.converged()).as(e.message()).isTrue();
        assertThat(e.iterations()).isGreaterThan(10);
        assertThat(Math.abs(e.point()[0])).isLessThan(1e-3);
    }
}
