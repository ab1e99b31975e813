package org.nodelab.dynamics;

import java.util.List;

/**
 * The outcome of a search for a point where f(t, y) = 0. Eigenvalues and classification belong to the point
 * returned even when the search did not converge, so the user can see where it stopped and why.
 *
 * @param point          the best point found (smallest residual)
 * @param residualNorm   Euclidean norm of f at {@code point}
 * @param converged      whether the residual fell below the tolerance
 * @param iterations     Newton iterations taken
 * @param eigenvalues    of the Jacobian at {@code point}, largest real part first; empty if f was not finite there
 * @param classification from the eigenvalues; null when there are none
 * @param message        what happened, in plain words
 */
public record Equilibrium(double[] point, double residualNorm, boolean converged, int iterations,
                          List<Eigenvalue> eigenvalues, Classification classification, String message) {
}
