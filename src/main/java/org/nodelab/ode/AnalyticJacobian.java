package org.nodelab.ode;

/** A vector field that knows its own Jacobian, so analysis need not fall back on finite differences. */
public interface AnalyticJacobian {

    /**
     * Writes ∂f/∂y at one point (length {@code dimension}) into {@code jacobian}, row-major:
     * {@code jacobian[i * dimension + j] = ∂f_i/∂y_j}.
     */
    void jacobian(double t, double[] point, double[] jacobian);
}
