package org.nodelab.dynamics;

import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.nodelab.ode.VectorField;

/**
 * Finds equilibria, f(t, y) = 0 at a fixed t, by Newton's method with a backtracking line search, then
 * classifies them from the Jacobian's eigenvalues.
 *
 * <p>The line search tries the full Newton step and its halvings as one batch in a single call of the field
 * (a neural field pays per call), and takes the longest that reduces ‖f‖ enough (Armijo). A singular Jacobian
 * falls back on the least-squares (pseudo-inverse) step instead of giving up.
 */
public final class EquilibriumFinder {

    /** Converged when ‖f‖₂ falls to this. */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    public static final int DEFAULT_MAX_ITERATIONS = 50;

    /** Step fractions 1, 1/2, …, 2^-(LINE_SEARCH_CANDIDATES-1) are tried at once. */
    private static final int LINE_SEARCH_CANDIDATES = 12;
    /** Armijo constant: accept a fraction λ if ‖f‖ drops to (1 − c·λ)‖f‖ or below. */
    private static final double SUFFICIENT_DECREASE = 1e-4;

    private EquilibriumFinder() {
    }

    public static Equilibrium find(VectorField field, double t, double[] seed) {
        return find(field, t, seed, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param seed          one point (length {@code field.dimension()}) to start from
     * @param tolerance     converged when ‖f‖₂ is at most this
     * @param maxIterations Newton steps before giving up
     * @throws IllegalArgumentException for bad arguments only; failure to converge comes back in the result
     */
    public static Equilibrium find(VectorField field, double t, double[] seed, double tolerance, int maxIterations) {
        int n = field.dimension();
        if (seed.length != n) {
            throw new IllegalArgumentException("the seed has " + seed.length + " components; the field has "
                    + n + " dimensions");
        }
        if (!(tolerance > 0) || maxIterations < 0) {
            throw new IllegalArgumentException("the tolerance must be positive and the iteration limit not negative");
        }
        double[] x = seed.clone();
        double[] fx = new double[n];
        field.evaluate(t, x, fx);
        double residual = norm(fx);
        if (!Double.isFinite(residual)) {
            return new Equilibrium(x, residual, false, 0, List.of(), null,
                    "the vector field is NaN or infinite at the seed");
        }
        double[] candidates = new double[LINE_SEARCH_CANDIDATES * n];
        double[] candidateRates = new double[LINE_SEARCH_CANDIDATES * n];
        int iterations = 0;
        String stopReason = null;
        while (residual > tolerance && iterations < maxIterations) {
            double[] step = newtonStep(Jacobians.at(field, t, x), fx);
            if (step == null) {
                stopReason = "the Jacobian became NaN or infinite at the current point";
                break;
            }
            for (int c = 0; c < LINE_SEARCH_CANDIDATES; c++) {
                double fraction = Math.scalb(1.0, -c);
                for (int i = 0; i < n; i++) {
                    candidates[c * n + i] = x[i] + fraction * step[i];
                }
            }
            field.evaluate(t, candidates, candidateRates);
            int chosen = chooseCandidate(candidateRates, n, residual);
            if (chosen < 0) {
                stopReason = "no step along the Newton direction reduces the residual: the Jacobian is "
                        + "(nearly) singular or the seed is far from any equilibrium; try another seed";
                break;
            }
            iterations++;
            boolean stalled = true;
            for (int i = 0; i < n; i++) {
                double next = candidates[chosen * n + i];
                stalled &= next == x[i];
                x[i] = next;
            }
            System.arraycopy(candidateRates, chosen * n, fx, 0, n);
            residual = norm(fx);
            if (stalled && residual > tolerance) {
                stopReason = "the Newton step no longer changes the point; the residual is as small as "
                        + "rounding allows here";
                break;
            }
        }
        boolean converged = residual <= tolerance;
        String message;
        if (converged) {
            message = "converged in " + iterations + " iterations, |f| = " + residual;
        } else if (stopReason != null) {
            message = "did not converge after " + iterations + " iterations (|f| = " + residual + "): " + stopReason;
        } else {
            message = "did not converge within " + maxIterations + " iterations (|f| = " + residual + ")";
        }
        double[][] jacobian = Jacobians.at(field, t, x);
        if (!allFinite(jacobian)) {
            return new Equilibrium(x, residual, converged, iterations, List.of(), null,
                    message + "; the Jacobian is not finite there, so no eigenvalues");
        }
        List<Eigenvalue> eigenvalues = Spectrum.eigenvalues(jacobian);
        return new Equilibrium(x, residual, converged, iterations, eigenvalues, Classification.of(eigenvalues),
                message);
    }

    /** Solves J·Δ = −f; least squares when J is singular; null when J is not finite. */
    private static double[] newtonStep(double[][] jacobian, double[] fx) {
        if (!allFinite(jacobian)) {
            return null;
        }
        RealMatrix matrix = new Array2DRowRealMatrix(jacobian, false);
        ArrayRealVector rhs = new ArrayRealVector(fx.length);
        for (int i = 0; i < fx.length; i++) {
            rhs.setEntry(i, -fx[i]);
        }
        DecompositionSolver solver = new LUDecomposition(matrix).getSolver();
        if (!solver.isNonSingular()) {
            solver = new SingularValueDecomposition(matrix).getSolver();
        }
        double[] step = solver.solve(rhs).toArray();
        for (double s : step) {
            if (!Double.isFinite(s)) {
                return null;
            }
        }
        return step;
    }

    /**
     * The longest step fraction with sufficient decrease; failing that, the one with the smallest residual if
     * it improves at all; −1 if none improves.
     */
    private static int chooseCandidate(double[] rates, int n, double residual) {
        int best = -1;
        double bestResidual = residual;
        for (int c = 0; c < LINE_SEARCH_CANDIDATES; c++) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                double v = rates[c * n + i];
                r += v * v;
            }
            r = Math.sqrt(r);
            if (!Double.isFinite(r)) {
                continue;
            }
            double fraction = Math.scalb(1.0, -c);
            if (r <= (1 - SUFFICIENT_DECREASE * fraction) * residual) {
                return c;
            }
            if (r < bestResidual) {
                best = c;
                bestResidual = r;
            }
        }
        return best;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static boolean allFinite(double[][] matrix) {
        for (double[] row : matrix) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
