package org.nodelab.dynamics;

import java.util.Arrays;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.nodelab.ode.Method;
import org.nodelab.ode.ResultCode;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

/**
 * Finite-time Lyapunov exponents (FTLE) of the flow map Φ from t0 to t1: (1/|t1 − t0|) log σ_i(DΦ), the
 * singular values of its linearization (the square roots of the Cauchy–Green tensor's eigenvalues), for one or
 * many initial points at once.
 *
 * <p>All points form one batch of variational rows [y, v_1 … v_n] solved together, so a neural field pays one
 * call per stage for the whole batch. The tangent basis is re-orthonormalized along the way and DΦ is kept as
 * Q · (R_m ⋯ R_1); the singular values come from the triangular product. Where a singular value is too small
 * for the SVD to resolve (below 1e-12 of the largest, i.e. rates that differ by more than about 28/|T|), the
 * exponent falls back on the accumulated log |R_ii|, which is what graded triangular products tend to.
 *
 * <p>The leading singular value needs the whole tangent basis, so all n tangent vectors are integrated
 * whatever {@code count} is; {@code count} only says how many exponents to report. The step size is
 * controlled on the whole batch (RMS over all rows, as the engine does), so a point in a fast region makes
 * every point take small steps: the price of the single batched solve.
 */
public final class FiniteTimeLyapunov {

    /** Singular values below this fraction of the largest are beyond a standard SVD's accuracy. */
    private static final double RESOLVABLE_FRACTION = 1e-12;

    private FiniteTimeLyapunov() {
    }

    /**
     * Re-orthonormalizes once per unit of time (at least once, at the end; at most 1000 times over long spans):
     * enough for the moderate rates of trained flows, whose spans are usually about 1.
     *
     * @param points row-major batch of initial points, length a multiple of {@code field.dimension()}
     * @param count  how many leading exponents to report per point, 1 … dimension
     */
    public static FiniteTimeLyapunovResult compute(VectorField field, double[] points, double t0, double t1,
                                                   int count, SolverOptions options) {
        return compute(field, points, t0, t1, count, options, Math.max(1.0, Math.abs(t1 - t0) / 1000));
    }

    /**
     * @param renormalizationInterval time between re-orthonormalizations (the span is cut into equal segments
     *                                no longer than this)
     */
    public static FiniteTimeLyapunovResult compute(VectorField field, double[] points, double t0, double t1,
                                                   int count, SolverOptions options,
                                                   double renormalizationInterval) {
        int n = field.dimension();
        if (points.length == 0 || points.length % n != 0) {
            throw new IllegalArgumentException("the points hold " + points.length
                    + " numbers, not a whole number of points of dimension " + n);
        }
        if (count < 1 || count > n) {
            throw new IllegalArgumentException("the number of exponents must be between 1 and " + n + ", not "
                    + count);
        }
        if (!Double.isFinite(t0) || !Double.isFinite(t1) || t0 == t1) {
            throw new IllegalArgumentException("the time span needs two different finite ends (" + t0 + ", "
                    + t1 + ")");
        }
        if (!(renormalizationInterval > 0) || !Double.isFinite(renormalizationInterval)) {
            throw new IllegalArgumentException("the renormalization interval must be positive and finite, not "
                    + renormalizationInterval);
        }
        if (options.method() == Method.VERLET) {
            throw new IllegalArgumentException("the variational equations are not a split system; "
                    + "choose a Runge–Kutta method");
        }
        for (double p : points) {
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("a point holds " + p + "; points must be finite");
            }
        }
        int batch = points.length / n;
        // At most about 1000 segments by default, each under the solver's own limit: bound the sum the same way.
        TangentFlow flow = new TangentFlow(field, n, points, t0, options, 1000L * options.maxSteps());
        flow.trackTriangularProduct();
        double[] logSums = new double[batch * n];
        boolean success = flow.advance(t1, renormalizationInterval, logSums);
        double span = Math.abs(t1 - t0);

        double[][] exponents = new double[batch][count];
        double[] mean = new double[count];
        for (int p = 0; p < batch; p++) {
            if (success) {
                double[] all = singularValueExponents(flow, p, Arrays.copyOfRange(logSums, p * n, (p + 1) * n), span);
                System.arraycopy(all, 0, exponents[p], 0, count);
            } else {
                Arrays.fill(exponents[p], Double.NaN);
            }
            for (int j = 0; j < count; j++) {
                mean[j] += exponents[p][j] / batch;
            }
        }
        String message = success ? "reached t = " + t1 + " for " + batch + " points"
                : flow.message() + " (the batch stopped at t = " + flow.time() + ")";
        ResultCode code = success ? ResultCode.SUCCESS : flow.result();
        double[] finalPoints = success ? flow.points() : nanFilled(points.length);
        return new FiniteTimeLyapunovResult(exponents, mean, finalPoints, flow.evaluations(), code, message);
    }

    /** All n exponents of point p, largest first. */
    private static double[] singularValueExponents(TangentFlow flow, int p, double[] diagonalLogs, double span) {
        int n = diagonalLogs.length;
        double[] singular = new SingularValueDecomposition(new Array2DRowRealMatrix(flow.triangularProduct(p),
                false)).getSingularValues();
        double[] fallback = diagonalLogs.clone();
        LyapunovSpectrum.sortDescending(fallback);
        double[] exponents = new double[n];
        for (int i = 0; i < n; i++) {
            boolean resolvable = singular[i] > RESOLVABLE_FRACTION * singular[0];
            exponents[i] = resolvable
                    ? (Math.log(singular[i]) + flow.productLogScale(p)) / span
                    : fallback[i] / span;
        }
        LyapunovSpectrum.sortDescending(exponents);
        return exponents;
    }

    private static double[] nanFilled(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
