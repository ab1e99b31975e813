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

    private long evaluations;
    private int renormalizations;
    private double time;
    private ResultCode result = ResultCode.SUCCESS;
    private String message = "";

    /** @param points a batch of initial points, each followed by nothing: tangents start as e_1 … e_k */
    TangentFlow(VectorField field, int count, double[] points, double startTime, SolverOptions options) {
        this.equations = new VariationalEquations(field, count);
        this.options = options;
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
        long segments = Math.max(1, (long) Math.ceil(Math.abs(span) / interval - 1e-9));
        for (long s = 0; s < segments; s++) {
            // Segment ends from the index, not by accumulation, so the last one lands on the end time exactly.
            double next = s == segments - 1 ? end : start + span * (s + 1) / segments;
            // Restarting with the last accepted step saves the starting-step rule's evaluation and its cautious
            // first steps at every segment; only adaptive methods read it.
            SolverOptions segmentOptions = Double.isNaN(lastStep) || !options.method().isAdaptive()
                    || !Double.isNaN(options.firstStep()) ? options : options.withFirstStep(lastStep);
            Solution solution = OdeSolver.solve(equations, state, time, next, segmentOptions);
            evaluations += solution.statistics().nfe();
            if (!solution.isSuccess()) {
                result = solution.result();
                message = solution.message();
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
