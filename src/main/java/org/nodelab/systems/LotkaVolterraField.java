package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/** Predator and prey: x' = α x − β x y, y' = δ x y − γ y, with x the prey and y the predators. */
public final class LotkaVolterraField implements VectorField, AnalyticJacobian {

    private final double alpha;
    private final double beta;
    private final double delta;
    private final double gamma;

    public LotkaVolterraField(double alpha, double beta, double delta, double gamma) {
        this.alpha = alpha;
        this.beta = beta;
        this.delta = delta;
        this.gamma = gamma;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 2) {
            double prey = y[row];
            double predators = y[row + 1];
            dydt[row] = alpha * prey - beta * prey * predators;
            dydt[row + 1] = delta * prey * predators - gamma * predators;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        double prey = point[0];
        double predators = point[1];
        jacobian[0] = alpha - beta * predators;
        jacobian[1] = -beta * prey;
        jacobian[2] = delta * predators;
        jacobian[3] = delta * prey - gamma;
    }
}
