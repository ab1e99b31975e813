package org.nodelab.dynamics;

import org.nodelab.testing.CountingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

class JacobiansTest {

    /** A nonlinear field with a hand-written Jacobian: x' = sin(x) y + z², y' = e^(x/3) − y z, z' = x y z + t. */
    static final class Nonlinear implements VectorField, AnalyticJacobian {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void evaluate(double t, double[] y, double[] dydt) {
            for (int b = 0; b < y.length; b += 3) {
                double x = y[b];
                double v = y[b + 1];
                double z = y[b + 2];
                dydt[b] = Math.sin(x) * v + z * z;
                dydt[b + 1] = Math.exp(x / 3) - v * z;
                dydt[b + 2] = x * v * z + t;
            }
        }

        @Override
        public void jacobian(double t, double[] p, double[] j) {
            double x = p[0];
            double v = p[1];
            double z = p[2];
            double[] rows = {
                    Math.cos(x) * v, Math.sin(x), 2 * z,
                    Math.exp(x / 3) / 3, -z, -v,
                    v * z, x * z, x * v};
            System.arraycopy(rows, 0, j, 0, 9);
        }
    }

    private static VectorField withoutJacobian(VectorField field) {
        return new VectorField() {
            @Override
            public int dimension() {
                return field.dimension();
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                field.evaluate(t, y, dydt);
            }
        };
    }

    @Test
    void centralDifferencesMatchTheAnalyticJacobianInOneBatchedCall() {
        Nonlinear field = new Nonlinear();
        double[] point = {0.7, -1.3, 25.0};
        CountingField counted = new CountingField(withoutJacobian(field));

        double[][] numeric = Jacobians.at(counted, 0.5, point);
        double[][] exact = Jacobians.at(field, 0.5, point);

        assertThat(counted.calls).isEqualTo(1);
        assertThat(counted.rows).isEqualTo(6);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(numeric[i][j]).as("J[%d][%d]", i, j)
                        .isCloseTo(exact[i][j], within(1e-7 * Math.max(1, Math.abs(exact[i][j]))));
            }
        }
    }

    @Test
    void variationalEquationsAgreeWithAndWithoutTheAnalyticJacobianAndCallTheFieldOnce() {
        Nonlinear field = new Nonlinear();
        CountingField counted = new CountingField(withoutJacobian(field));
        VariationalEquations analytic = new VariationalEquations(field, 2);
        VariationalEquations numeric = new VariationalEquations(counted, 2);
        assertThat(analytic.dimension()).isEqualTo(9);
        // Two points, each [y, v1, v2]; v2 is tiny, as a contracting tangent vector becomes before renormalizing.
        double[] rows = {
                0.3, 0.4, -0.5, 1, 2, 3, 1e-9, -2e-9, 3e-9,
                -1.0, 2.0, 0.25, 0, 1, 0, 5, 0, -5};
        double[] exact = new double[rows.length];
        double[] approximate = new double[rows.length];

        analytic.evaluate(0.1, rows, exact);
        numeric.evaluate(0.1, rows, approximate);

        assertThat(counted.calls).isEqualTo(1);
        assertThat(counted.rows).isEqualTo(2 * 5);
        for (int i = 0; i < rows.length; i++) {
            double scale = Math.abs(exact[i]) + (i % 9 >= 6 && i < 9 ? 1e-9 : 1);
            assertThat(approximate[i]).as("component %d", i).isCloseTo(exact[i], within(1e-7 * scale));
        }
    }
}
