package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/** y' = A y in the plane; the exact solution expm(tA) y0 makes it the solver's simplest oracle. */
public final class LinearField implements VectorField, AnalyticJacobian {

    private final double a11;
    private final double a12;
    private final double a21;
    private final double a22;

    public LinearField(double a11, double a12, double a21, double a22) {
        this.a11 = a11;
        this.a12 = a12;
        this.a21 = a21;
        this.a22 = a22;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 2) {
            double y1 = y[row];
            double y2 = y[row + 1];
            dydt[row] = a11 * y1 + a12 * y2;
            dydt[row + 1] = a21 * y1 + a22 * y2;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        jacobian[0] = a11;
        jacobian[1] = a12;
        jacobian[2] = a21;
        jacobian[3] = a22;
    }
}
