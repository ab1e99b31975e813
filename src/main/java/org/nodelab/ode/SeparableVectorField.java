package org.nodelab.ode;

/**
 * A split system q' = G(t, p), p' = F(t, q), the shape that the velocity-Verlet (leapfrog) method needs.
 * Each row of the state is laid out as [q (half), p (half)], so {@link #dimension()} is even.
 */
public interface SeparableVectorField extends VectorField {

    /** Writes q' = G(t, p) into the q-half of each row of {@code dydt}; reads only the p-half of {@code y}. */
    void positionRate(double t, double[] y, double[] dydt);

    /** Writes p' = F(t, q) into the p-half of each row of {@code dydt}; reads only the q-half of {@code y}. */
    void momentumRate(double t, double[] y, double[] dydt);

    @Override
    default void evaluate(double t, double[] y, double[] dydt) {
        positionRate(t, y, dydt);
        momentumRate(t, y, dydt);
    }
}
