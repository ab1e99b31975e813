package org.nodelab.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.SeparableVectorField;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;

class HarmonicOscillatorFieldTest {

    @Test
    void evaluateIsPositionRatePlusMomentumRate() {
        HarmonicOscillatorField field = new HarmonicOscillatorField(1.7);
        Random random = new Random(3);
        double[] y = new double[4 * 2];
        for (int j = 0; j < y.length; j++) {
            y[j] = random.nextGaussian();
        }
        double[] whole = new double[y.length];
        field.evaluate(0, y, whole);
        double[] split = new double[y.length];
        field.positionRate(0, y, split);
        field.momentumRate(0, y, split);
        assertThat(whole).containsExactly(split);
        for (int row = 0; row < y.length; row += 2) {
            assertThat(whole[row]).isEqualTo(y[row + 1]);
            assertThat(whole[row + 1]).isEqualTo(-1.7 * 1.7 * y[row]);
        }
    }

    @Test
    void theVerletSolverAcceptsItAndKeepsEnergyBounded() {
        SeparableVectorField field = (SeparableVectorField) BuiltInSystems.get("harmonic").createField();
        Solution solution = OdeSolver.solve(field, new double[] {1, 0}, OdeSolver.linspace(0, 200, 2001),
                SolverOptions.of(Method.VERLET).withStepSize(0.05));
        assertThat(solution.isSuccess()).isTrue();
        for (double[] state : solution.states()) {
            // Linear interpolation between steps costs O(h²) on top of Verlet's bounded O(h²) energy error.
            assertThat(0.5 * (state[0] * state[0] + state[1] * state[1])).isCloseTo(0.5, within(2e-3));
        }
    }
}
