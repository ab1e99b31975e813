package org.nodelab.ode;

import org.nodelab.testing.CountingField;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FixedStepSolverTest {

    /** y' = y cos t, whose solution exp(sin t) is smooth and time-dependent. */
    private static final VectorField FIELD = AdaptiveSolverTest.scalar((t, y) -> y * Math.cos(t));

    private static double exact(double t) {
        return Math.exp(Math.sin(t));
    }

    @ParameterizedTest
    @CsvSource({"EULER,1", "MIDPOINT,2", "RK4,4"})
    void observedOrderMatchesTheMethodsOrder(Method method, int order) {
        double t1 = 2.0;
        double[] errors = new double[4];
        for (int r = 0; r < errors.length; r++) {
            double h = 0.05 / (1 << r);
            Solution s = OdeSolver.solve(FIELD, new double[] {1}, 0, t1, SolverOptions.of(method).withStepSize(h));
            assertThat(s.statistics().accepted()).isEqualTo((int) Math.round(t1 / h));
            errors[r] = Math.abs(s.finalState()[0] - exact(t1));
        }
        for (int r = 1; r < errors.length; r++) {
            double observed = Math.log(errors[r - 1] / errors[r]) / Math.log(2);
            assertThat(observed).as("refinement %d", r).isCloseTo(order, org.assertj.core.data.Offset.offset(0.15));
        }
    }

    @ParameterizedTest
    @CsvSource({"MIDPOINT,2", "RK4,3"})
    void denseOutputBetweenGridPointsConvergesAtItsOrder(Method method, int denseOrder) {
        double[] times = {0, 0.337, 1.111, 1.7};
        double[] errors = new double[3];
        for (int r = 0; r < errors.length; r++) {
            double h = 0.2 / (1 << r);
            Solution s = OdeSolver.solve(FIELD, new double[] {1}, times, SolverOptions.of(method).withStepSize(h));
            double worst = 0;
            for (int k = 1; k < times.length; k++) {
                worst = Math.max(worst, Math.abs(s.states()[k][0] - exact(times[k])));
            }
            errors[r] = worst;
        }
        for (int r = 1; r < errors.length; r++) {
            assertThat(errors[r - 1] / errors[r]).isGreaterThan(0.8 * Math.pow(2, denseOrder));
        }
    }

    @Test
    void rk4CostsFourEvaluationsPerStep() {
        CountingField counted = new CountingField(FIELD);
        Solution s = OdeSolver.solve(counted, new double[] {1, 2}, OdeSolver.linspace(0, 1, 5),
                SolverOptions.of(Method.RK4).withStepSize(0.01));
        assertThat(s.statistics().accepted()).isEqualTo(100);
        assertThat(s.statistics().nfe()).isEqualTo(400).isEqualTo(counted.calls);
    }

    @Test
    void explicitEulerBlowingUpReportsTheLastGoodState() {
        // h·λ = −30 lies far outside Euler's stability disk, so the iterates grow by 29× a step until overflow.
        VectorField stiff = AdaptiveSolverTest.scalar((t, y) -> -300 * y);
        Solution s = OdeSolver.solve(stiff, new double[] {1}, 0, 100, SolverOptions.of(Method.EULER).withStepSize(0.1));
        assertThat(s.result()).isEqualTo(ResultCode.NON_FINITE_STATE);
        assertThat(s.lastState()[0]).isFinite();
        assertThat(s.lastTime()).isGreaterThan(0).isLessThan(100);
    }
}
