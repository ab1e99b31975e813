package org.nodelab.dynamics;

import org.nodelab.testing.LinearField;
import org.nodelab.testing.CountingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

class FiniteTimeLyapunovTest {

    private static final SolverOptions TIGHT = SolverOptions.defaults().withTolerances(1e-10, 1e-12);

    @Test
    void linearFlowGivesTheLogSingularValuesOfItsExponentialForEveryPoint() {
        // A = [[a, b], [0, d]] has expm(TA) = [[e^{aT}, b (e^{aT} − e^{dT}) / (a − d)], [0, e^{dT}]].
        double a = 0.5;
        double b = 1;
        double d = -1;
        double span = 2;
        double[][] flowMap = {
                {Math.exp(a * span), b * (Math.exp(a * span) - Math.exp(d * span)) / (a - d)},
                {0, Math.exp(d * span)}};
        double[] singular = new SingularValueDecomposition(new Array2DRowRealMatrix(flowMap)).getSingularValues();
        double[] expected = {Math.log(singular[0]) / span, Math.log(singular[1]) / span};

        double[] points = {1, 0, -3, 2, 0.1, 0.1};
        CountingField counted = new CountingField(new LinearField(new double[][] {{a, b}, {0, d}}).withoutJacobian());
        FiniteTimeLyapunovResult result = FiniteTimeLyapunov.compute(counted, points, 0, span, 2, TIGHT);

        assertThat(result.isSuccess()).as(result.message()).isTrue();
        for (double[] exponents : result.exponents()) {
            assertThat(exponents).containsExactly(expected, within(1e-7));
        }
        assertThat(result.mean()).containsExactly(expected, within(1e-7));
        // The whole batch is one solve: one call per evaluation, 3 points × (2·2 + 1) rows each.
        assertThat(counted.calls).isEqualTo(result.functionEvaluations());
        assertThat(counted.largestBatch).isEqualTo(15);
        // The stretching exceeds the diagonal growth: FTLE is a singular value, not a diagonal entry.
        assertThat(expected[0]).isGreaterThan(a + 0.01);
    }

    @Test
    void renormalizingManyTimesDoesNotChangeTheAnswer() {
        double[][] a = {{0.5, 1}, {0, -1}};
        FiniteTimeLyapunovResult once = FiniteTimeLyapunov.compute(new LinearField(a), new double[] {1, 1}, 0, 3, 2,
                TIGHT, 10);
        FiniteTimeLyapunovResult often = FiniteTimeLyapunov.compute(new LinearField(a), new double[] {1, 1}, 0, 3, 2,
                TIGHT, 0.1);
        assertThat(often.exponents()[0]).containsExactly(once.exponents()[0], within(1e-8));
    }

    @Test
    void oneDimensionalNonlinearFlowMatchesItsClosedFormPointByPoint() {
        // x' = sin x: x(T) = 2 atan(tan(x0/2) e^T) and dx(T)/dx0 = sin x(T) / sin x0.
        VectorField sine = new VectorField() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                for (int i = 0; i < y.length; i++) {
                    dydt[i] = Math.sin(y[i]);
                }
            }
        };
        double span = 1.5;
        double[] points = {0.2, 1.0, 2.0, 3.0, -0.5};
        FiniteTimeLyapunovResult result = FiniteTimeLyapunov.compute(sine, points, 0, span, 1, TIGHT);
        assertThat(result.isSuccess()).as(result.message()).isTrue();
        double mean = 0;
        for (int p = 0; p < points.length; p++) {
            double x0 = points[p];
            double xT = 2 * Math.atan(Math.tan(x0 / 2) * Math.exp(span));
            double expected = Math.log(Math.abs(Math.sin(xT) / Math.sin(x0))) / span;
            assertThat(result.exponents()[p][0]).as("point %d", p).isCloseTo(expected, within(1e-7));
            assertThat(result.finalPoints()[p]).isCloseTo(xT, within(1e-8));
            mean += expected / points.length;
        }
        assertThat(result.mean()[0]).isCloseTo(mean, within(1e-7));
        assertThat(result.leading()).hasSize(points.length);
    }

    @Test
    void backwardTimeIsAllowed() {
        double[][] a = {{0.5, 0}, {0, -1}};
        FiniteTimeLyapunovResult result = FiniteTimeLyapunov.compute(new LinearField(a), new double[] {1, 1}, 2, 0, 2,
                TIGHT);
        assertThat(result.exponents()[0]).containsExactly(new double[] {1, -0.5}, within(1e-7));
    }
}
