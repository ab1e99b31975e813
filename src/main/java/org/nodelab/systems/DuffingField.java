package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * The forced Duffing oscillator x'' + δ x' + α x + β x³ = γ cos(ω t), state (x, v). The forcing makes the
 * field depend on t, which is why the solver must pass stage times faithfully.
 */
public final class DuffingField implements VectorField, AnalyticJacobian {

    private final double delta;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double omega;

    public DuffingField(double delta, double alpha, double beta, double gamma, double omega) {
        this.delta = delta;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.omega = omega;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        // The forcing is the same for every row, so it is computed once per call.
        double forcing = gamma * Math.cos(omega * t);
        for (int row = 0; row < y.length; row += 2) {
            double x = y[row];
            double v = y[row + 1];
            dydt[row] = v;
            dydt[row + 1] = -delta * v - alpha * x - beta * x * x * x + forcing;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        double x = point[0];
        jacobian[0] = 0;
        jacobian[1] = 1;
        jacobian[2] = -alpha - 3 * beta * x * x;
        jacobian[3] = -delta;
    }
}
