package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/** The Rössler system x' = −y − z, y' = x + a y, z' = b + z(x − c): chaos from a single nonlinear term. */
public final class RosslerField implements VectorField, AnalyticJacobian {

    private final double a;
    private final double b;
    private final double c;

    public RosslerField(double a, double b, double c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 3) {
            double x = y[row];
            double v = y[row + 1];
            double z = y[row + 2];
            dydt[row] = -v - z;
            dydt[row + 1] = x + a * v;
            dydt[row + 2] = b + z * (x - c);
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        double x = point[0];
        double z = point[2];
        jacobian[0] = 0;
        jacobian[1] = -1;
        jacobian[2] = -1;
        jacobian[3] = 1;
        jacobian[4] = a;
        jacobian[5] = 0;
        jacobian[6] = z;
        jacobian[7] = 0;
        jacobian[8] = x - c;
    }
}
