package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/** The damped pendulum θ'' + γ θ' + (g/L) sin θ = 0, state (theta, omega). */
public final class PendulumField implements VectorField, AnalyticJacobian {

    private final double gamma;
    private final double gravityOverLength;

    public PendulumField(double gamma, double gravity, double length) {
        this.gamma = gamma;
        this.gravityOverLength = gravity / length;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 2) {
            double theta = y[row];
            double omega = y[row + 1];
            dydt[row] = omega;
            dydt[row + 1] = -gamma * omega - gravityOverLength * Math.sin(theta);
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        jacobian[0] = 0;
        jacobian[1] = 1;
        jacobian[2] = -gravityOverLength * Math.cos(point[0]);
        jacobian[3] = -gamma;
    }
}
