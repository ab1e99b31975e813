package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Backprop through the solver and the continuous adjoint against central finite differences, for a loss
 * L = Σ_k w_k · y(t_k) over several output times (one of them inside a step, so dense output is differentiated).
 */
class GradientTest {

    private static final double[] TIMES = {0, 0.37, 1.0, 1.6};
    private final TanhNetworkField field = new TanhNetworkField(3, 7);
    private final double[] y0 = {0.5, -0.3, 0.8, -1.0, 0.2, 0.1};
    private final double[][] weights = randomWeights(TIMES.length, y0.length);

    @Test
    void backpropThroughDopri5MatchesFiniteDifferences() {
        SolverOptions options = SolverOptions.defaults().withTolerances(1e-10, 1e-10).withRecordSteps(true);
        Solution forward = OdeSolver.solve(field, y0, TIMES, options);
        Gradient g = Backprop.gradient(field, forward, weights);
        assertThat(g.isSuccess()).isTrue();
        assertThat(g.backwardEvaluations()).isEqualTo(7L * forward.statistics().accepted());
        assertRelativeClose(g.parameters(), finiteDifferenceParameters(), 1e-4);
        assertRelativeClose(g.initialState(), finiteDifferenceState(), 1e-4);
    }

    @Test
    void backpropThroughRk4IsTheExactGradientOfTheDiscreteSolve() {
        SolverOptions options = SolverOptions.of(Method.RK4).withStepSize(0.1).withRecordSteps(true);
        Gradient g = Backprop.gradient(field, OdeSolver.solve(field, y0, TIMES, options), weights);
        double[] fd = new double[field.parameterCount()];
        for (int p = 0; p < fd.length; p++) {
            fd[p] = centralDifference(() -> loss(OdeSolver.solve(field, y0, TIMES, options)), field.theta, p);
        }
        assertRelativeClose(g.parameters(), fd, 1e-7);
    }

    @Test
    void adjointMatchesFiniteDifferencesAndBackprop() {
        Solution forward = OdeSolver.solve(field, y0, TIMES, SolverOptions.defaults().withTolerances(1e-10, 1e-10));
        Gradient adjoint = Adjoint.gradient(field, forward, weights,
                SolverOptions.defaults().withTolerances(1e-10, 1e-10));
        assertThat(adjoint.isSuccess()).isTrue();
        assertThat(adjoint.backwardEvaluations()).isPositive();
        double[] fdParameters = finiteDifferenceParameters();
        assertRelativeClose(adjoint.parameters(), fdParameters, 1e-4);
        assertRelativeClose(adjoint.initialState(), finiteDifferenceState(), 1e-4);

        Solution recorded = OdeSolver.solve(field, y0, TIMES,
                SolverOptions.defaults().withTolerances(1e-10, 1e-10).withRecordSteps(true));
        assertRelativeClose(Backprop.gradient(field, recorded, weights).parameters(), adjoint.parameters(), 1e-4);
    }

    @Test
    void backpropRefusesASolveWithoutATape() {
        Solution forward = OdeSolver.solve(field, y0, TIMES, SolverOptions.defaults());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Backprop.gradient(field, forward, weights))
                .hasMessageContaining("recordSteps");
    }

    private double[] finiteDifferenceParameters() {
        SolverOptions tight = SolverOptions.defaults().withTolerances(1e-13, 1e-13);
        double[] fd = new double[field.parameterCount()];
        for (int p = 0; p < fd.length; p++) {
            fd[p] = centralDifference(() -> loss(OdeSolver.solve(field, y0, TIMES, tight)), field.theta, p);
        }
        return fd;
    }

    private double[] finiteDifferenceState() {
        SolverOptions tight = SolverOptions.defaults().withTolerances(1e-13, 1e-13);
        double[] start = y0.clone();
        double[] fd = new double[start.length];
        for (int q = 0; q < fd.length; q++) {
            fd[q] = centralDifference(() -> loss(OdeSolver.solve(field, start, TIMES, tight)), start, q);
        }
        return fd;
    }

    private double loss(Solution s) {
        double total = 0;
        for (int k = 0; k < TIMES.length; k++) {
            for (int q = 0; q < y0.length; q++) {
                total += weights[k][q] * s.states()[k][q];
            }
        }
        return total;
    }

    private static double centralDifference(java.util.function.DoubleSupplier f, double[] x, int index) {
        double saved = x[index];
        double eps = 1e-5 * Math.max(1, Math.abs(saved));
        x[index] = saved + eps;
        double up = f.getAsDouble();
        x[index] = saved - eps;
        double down = f.getAsDouble();
        x[index] = saved;
        return (up - down) / (2 * eps);
    }

    private static double[][] randomWeights(int outputs, int n) {
        Random random = new Random(11);
        double[][] w = new double[outputs][n];
        for (double[] row : w) {
            for (int q = 0; q < n; q++) {
                row[q] = random.nextGaussian();
            }
        }
        return w;
    }

    private static void assertRelativeClose(double[] actual, double[] expected, double relative) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < actual.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i]))
                    .as("component %d: %s vs %s", i, actual[i], expected[i])
                    .isLessThanOrEqualTo(relative * Math.max(Math.abs(expected[i]), 1e-2 * scale));
        }
    }
}
