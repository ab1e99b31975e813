package org.nodelab.dynamics;

import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.ResultCode;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

/**
 * Benettin's loop shared by the long-time and finite-time Lyapunov estimates: a batch of points with k tangent
 * vectors each is solved one segment at a time as a single {@link VariationalEquations} system, and after
 * every segment the tangent vectors are re-orthonormalized while log |R_ii| accumulates.
 *
 * <p>Segments are separate solves because the engine has no step callback; each restart costs dopri5 its
 * starting-step evaluations, which is why the interval should not be made needlessly short.
 */
final class TangentFlow {

    private final VariationalEquations equations;
    private final SolverOptions options;
    /** Steps for everything this flow solves, over all its segments. */
    private final long maxTotalSteps;
    /** The size of the last accepted step, to start the next segment with instead of Hairer's rule; NaN at first. */
    private double lastStep = Double.NaN;
    private final int n;
    private final int count;
    private double[] state;
    /** When tracked: per point, R_m ⋯ R_1 (k x k, row-major) scaled to unit largest entry, and log of that scale. */
    private double[] triangularProduct;
    private double[] productLogScale;
    private double[] triangular;
    private double[] productScratch;

    /** Most renormalizations one computation may ask for: far beyond any useful run, short of a hang. */
    static final long MAX_SEGMENTS = 10_000_000;

    private long evaluations;
    private long stepsTaken;
    private int renormalizations;
    private double time;
    private ResultCode result = ResultCode.SUCCESS;
    private String message = "";

    /** @param points a batch of initial points, each followed by nothing: tangents start as e_1 … e_k */
    TangentFlow(VectorField field, int count, double[] points, double startTime, SolverOptions options,
                long maxTotalSteps) {
        this.equations = new VariationalEquations(field, count);
        this.options = options;
        this.maxTotalSteps = maxTotalSteps;
        this.n = field.dimension();
        this.count = count;
        int width = n * (count + 1);
        int batch = points.length / n;
        this.state = new double[batch * width];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(points, b * n, state, b * width, n);
        }
        Orthonormalization.identityTangents(state, n, count);
        this.time = startTime;
    }

    /**
     * Advances from the current time to {@code end} in segments of at most {@code interval}, adding each
     * segment's log |R_jj| into {@code logSums} (length batch·k).
     *
     * @return false if a solve failed or a tangent vector degenerated; {@link #result()} says which
     */
    boolean advance(double end, double interval, double[] logSums) {
        double start = time;
        double span = end - start;
        if (span == 0) {
            return true;
        }
        long segments = segments(start, end, interval);
        for (long s = 0; s < segments; s++) {
            // Segment ends from the index, not by accumulation, so the last one lands on the end time exactly.
            double next = s == segments - 1 ? end : start + span * (s + 1) / segments;
            long remaining = maxTotalSteps - stepsTaken;
            if (remaining <= 0) {
                result = ResultCode.MAX_STEPS_REACHED;
                message = "the overall limit of " + maxTotalSteps + " steps was reached at t = " + time
                        + " after " + renormalizations + " renormalizations";
                return false;
            }
            // Restarting with the last accepted step saves the starting-step rule's evaluation and its cautious
            // first steps at every segment; only adaptive methods read it. The step limit is one budget for the
            // whole computation, not one per segment, so no choice of interval or time can make it unbounded.
            SolverOptions segmentOptions = (Double.isNaN(lastStep) || !options.method().isAdaptive()
                    || !Double.isNaN(options.firstStep()) ? options : options.withFirstStep(lastStep))
                    .withMaxSteps((int) Math.min(options.maxSteps(), remaining));
            Solution solution = OdeSolver.solve(equations, state, time, next, segmentOptions);
            evaluations += solution.statistics().nfe();
            stepsTaken += solution.statistics().accepted() + solution.statistics().rejected();
            if (!solution.isSuccess()) {
                result = solution.result();
                message = solution.result() == ResultCode.MAX_STEPS_REACHED && remaining < options.maxSteps()
                        ? "the overall limit of " + maxTotalSteps + " steps was reached at t = "
                                + solution.lastTime() + " after " + renormalizations + " renormalizations"
                        : solution.message();
                return false;
            }
            state = solution.finalState();
            double[] stepSizes = solution.statistics().stepSizes();
            if (stepSizes.length > 0) {
                lastStep = Math.abs(stepSizes[stepSizes.length - 1]);
            }
            if (!Orthonormalization.apply(state, n, count, logSums, triangular)) {
                result = ResultCode.NON_FINITE_STATE;
                message = "a tangent vector became zero, NaN or infinite by t = " + next
                        + "; try a shorter renormalization interval";
                return false;
            }
            time = next;
            renormalizations++;
            if (triangularProduct != null) {
                multiplyTriangularProduct();
            }
        }
        return true;
    }

    /**
     * How many segments of at most {@code interval} cover [start, end]; refuses, before any work, an interval
     * too short for the times to resolve or one that would need more than {@link #MAX_SEGMENTS} renormalizations.
     */
    static long segments(double start, double end, double interval) {
        double span = Math.abs(end - start);
        double needed = Math.ceil(span / interval - 1e-9);
        if (needed > MAX_SEGMENTS) {
            throw new IllegalArgumentException("renormalizing every " + interval + " over " + span
                    + " time units would take " + String.format(java.util.Locale.ROOT, "%.3g", needed)
                    + " renormalizations; at most " + MAX_SEGMENTS + " are allowed: lengthen the interval or "
                    + "shorten the time");
        }
        double resolution = Math.ulp(Math.max(Math.abs(start), Math.abs(end)));
        if (interval < 16 * resolution) {
            throw new IllegalArgumentException("a renormalization interval of " + interval + " is below what times "
                    + "near " + Math.max(Math.abs(start), Math.abs(end)) + " can resolve in double precision");
        }
        return Math.max(1, (long) needed);
    }

    /**
     * Keeps the product of the R factors from now on, so that the linearized flow map is
     * Q · (R_m ⋯ R_1) and its singular values can be read off the product.
     */
    void trackTriangularProduct() {
        int batch = state.length / (n * (count + 1));
        triangular = new double[batch * count * count];
        triangularProduct = new double[batch * count * count];
        productLogScale = new double[batch];
        productScratch = new double[count * count];
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < count; j++) {
                triangularProduct[b * count * count + j * count + j] = 1;
            }
        }
    }

    /** Point b's scaled product R_m ⋯ R_1 as rows; multiply by exp({@link #productLogScale}) for the true one. */
    double[][] triangularProduct(int b) {
        double[][] product = new double[count][count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(triangularProduct, b * count * count + i * count, product[i], 0, count);
        }
        return product;
    }

    double productLogScale(int b) {
        return productLogScale[b];
    }

    /** P ← R P for every point, rescaled so its largest entry is 1: the product would overflow otherwise. */
    private void multiplyTriangularProduct() {
        int batch = productLogScale.length;
        int kk = count * count;
        for (int b = 0; b < batch; b++) {
            int base = b * kk;
            double largest = 0;
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < count; j++) {
                    double acc = 0;
                    // R is upper triangular and so is P: only l in [i, j] contributes.
                    for (int l = i; l <= j; l++) {
                        acc += triangular[base + i * count + l] * triangularProduct[base + l * count + j];
                    }
                    productScratch[i * count + j] = acc;
                    largest = Math.max(largest, Math.abs(acc));
                }
            }
            double inverse = 1.0 / largest;
            for (int e = 0; e < kk; e++) {
                triangularProduct[base + e] = productScratch[e] * inverse;
            }
            productLogScale[b] += Math.log(largest);
        }
    }

    /** The time reached by the last completed segment. */
    double time() {
        return time;
    }

    long evaluations() {
        return evaluations;
    }

    int renormalizations() {
        return renormalizations;
    }

    ResultCode result() {
        return result;
    }

    String message() {
        return message;
    }

    /** The current points, without their tangent vectors. */
    double[] points() {
        int width = n * (count + 1);
        int batch = state.length / width;
        double[] points = new double[batch * n];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(state, b * width, points, b * n, n);
        }
        return points;
    }
}
