package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * The Lorenz system x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz. Its analytic Jacobian is what a Lyapunov
 * spectrum needs; the spectrum's sum is the trace −(σ + 1 + β) everywhere (science.md §3).
 */
public final class LorenzField implements VectorField, AnalyticJacobian {

    private final double sigma;
    private final double rho;
    private final double beta;

    public LorenzField(double sigma, double rho, double beta) {
        this.sigma = sigma;
        this.rho = rho;
        this.beta = beta;
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
            dydt[row] = sigma * (v - x);
            dydt[row + 1] = x * (rho - z) - v;
            dydt[row + 2] = x * v - beta * z;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        double x = point[0];
        double v = point[1];
        double z = point[2];
        jacobian[0] = -sigma;
        jacobian[1] = sigma;
        jacobian[2] = 0;
        jacobian[3] = rho - z;
        jacobian[4] = -1;
        jacobian[5] = -x;
        jacobian[6] = v;
        jacobian[7] = x;
        jacobian[8] = -beta;
    }
}
