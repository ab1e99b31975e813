package org.nodelab.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nodelab.dynamics.Jacobians;
import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

class AnalyticJacobianTest {

    @Test
    void everyBuiltInJacobianAgreesWithCentralDifferences() {
        Random random = new Random(42);
        for (DynamicalSystem system : BuiltInSystems.all()) {
            VectorField field = system.createField();
            assertThat(field).as(system.id()).isInstanceOf(AnalyticJacobian.class);
            int n = field.dimension();
            double[] analytic = new double[n * n];
            double[] numeric = new double[n * n];
            for (int trial = 0; trial < 20; trial++) {
                double[] point = randomPoint(system.id(), n, random);
                double t = 3 * random.nextDouble();
                ((AnalyticJacobian) field).jacobian(t, point, analytic);
                Jacobians.centralDifferences(field, t, point, numeric);
                for (int k = 0; k < n * n; k++) {
                    double tolerance = 1e-6 * Math.max(1.0, Math.abs(analytic[k]));
                    assertThat(numeric[k]).as("%s entry (%d,%d) at %s", system.id(), k / n, k % n,
                            java.util.Arrays.toString(point)).isCloseTo(analytic[k],
                            org.assertj.core.data.Offset.offset(tolerance));
                }
            }
        }
    }

    /** Points in the region each system lives in; the three-body points keep away from both masses. */
    private static double[] randomPoint(String id, int n, Random random) {
        double[] point = new double[n];
        double scale = id.equals("lorenz") ? 20 : id.equals("lotkavolterra") ? 10 : 2;
        for (int j = 0; j < n; j++) {
            point[j] = scale * (2 * random.nextDouble() - 1);
        }
        if (id.equals("arenstorf")) {
            point[1] = 0.3 + random.nextDouble();
        }
        return point;
    }
}
