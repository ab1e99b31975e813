package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/** The Van der Pol oscillator x' = y, y' = μ(1 − x²)y − x; large μ makes it stiff (relaxation oscillations). */
public final class VanDerPolField implements VectorField, AnalyticJacobian {

    private final double mu;

    public VanDerPolField(double mu) {
        this.mu = mu;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 2) {
            double x = y[row];
            double v = y[row + 1];
            dydt[row] = v;
            dydt[row + 1] = mu * (1 - x * x) * v - x;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        double x = point[0];
        double v = point[1];
        jacobian[0] = 0;
        jacobian[1] = 1;
        jacobian[2] = -2 * mu * x * v - 1;
        jacobian[3] = mu * (1 - x * x);
    }
}
