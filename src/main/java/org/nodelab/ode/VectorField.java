package org.nodelab.ode;

/**
 * The right-hand side of y' = f(t, y) over a batch of points.
 *
 * <p>The state is a row-major batch: {@code y.length == batch * dimension()}. A classic system is a batch of
 * one. Solvers count one function evaluation (NFE) per call of {@link #evaluate}, whatever the batch size,
 * because that is what a neural ODE pays for and what published NFE counts.
 */
public interface VectorField {

    /** Number of state components per point. */
    int dimension();

    /** Writes f(t, y) into {@code dydt}, which has the length of {@code y} and never aliases it. */
    void evaluate(double t, double[] y, double[] dydt);
}
