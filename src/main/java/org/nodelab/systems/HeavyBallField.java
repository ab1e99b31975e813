package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * The heavy ball on the bowl U = (a x1² + b x2²)/2: x'' + γ x' + ∇U(x) = 0, state (x1, x2, v1, v2).
 * This is Polyak's momentum method in continuous time, the picture behind HBNODE; with b ≫ a the bowl is a
 * narrow valley where momentum beats plain gradient flow.
 */
public final class HeavyBallField implements VectorField, AnalyticJacobian {

    private final double gamma;
    private final double a;
    private final double b;

    public HeavyBallField(double gamma, double a, double b) {
        this.gamma = gamma;
        this.a = a;
        this.b = b;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 4) {
            double x1 = y[row];
            double x2 = y[row + 1];
            double v1 = y[row + 2];
            double v2 = y[row + 3];
            dydt[row] = v1;
            dydt[row + 1] = v2;
            dydt[row + 2] = -gamma * v1 - a * x1;
            dydt[row + 3] = -gamma * v2 - b * x2;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        java.util.Arrays.fill(jacobian, 0, 16, 0.0);
        jacobian[2] = 1;
        jacobian[4 + 3] = 1;
        jacobian[8] = -a;
        jacobian[8 + 2] = -gamma;
        jacobian[12 + 1] = -b;
        jacobian[12 + 3] = -gamma;
    }
}
