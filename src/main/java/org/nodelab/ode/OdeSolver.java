package org.nodelab.ode;

/**
 * The one entry point for solving y' = f(t, y): a vector field, a batch initial state, the output times and
 * the options go in, and a {@link Solution} with its statistics comes out. Bad arguments throw
 * {@link IllegalArgumentException} with a message that says which; numerical trouble never throws.
 */
public final class OdeSolver {

    private OdeSolver() {
    }

    /**
     * @param times output times, strictly monotone (increasing or decreasing), the first being the initial time
     */
    public static Solution solve(VectorField field, double[] y0, double[] times, SolverOptions options) {
        validate(field, y0, times);
        Method method = options.method();
        if (method == Method.VERLET) {
            if (!(field instanceof SeparableVectorField separable)) {
                throw new IllegalArgumentException("the verlet solver needs a split system q' = G(p), p' = F(q); "
                        + "this vector field is not one");
            }
            if (options.recordSteps()) {
                throw new IllegalArgumentException("backprop through verlet steps is not supported; use the adjoint");
            }
            return VelocityVerlet.solve(separable, y0, times, options);
        }
        return method.isAdaptive()
                ? AdaptiveRungeKutta.solve(field, y0, times, options)
                : FixedStepRungeKutta.solve(field, y0, times, options);
    }

    /** Solves from t0 to t1 and keeps only the end points. */
    public static Solution solve(VectorField field, double[] y0, double t0, double t1, SolverOptions options) {
        return solve(field, y0, new double[] {t0, t1}, options);
    }

    /** {@code count} equally spaced times from t0 to t1 inclusive. */
    public static double[] linspace(double t0, double t1, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("at least two sample times are needed, not " + count);
        }
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = i == count - 1 ? t1 : t0 + (t1 - t0) * i / (count - 1);
        }
        return times;
    }

    private static void validate(VectorField field, double[] y0, double[] times) {
        int dim = field.dimension();
        if (dim < 1) {
            throw new IllegalArgumentException("the vector field has no dimensions");
        }
        if (y0.length == 0 || y0.length % dim != 0) {
            throw new IllegalArgumentException("the initial state has " + y0.length
                    + " numbers, which is not a whole number of points of dimension " + dim);
        }
        if (times.length < 2) {
            throw new IllegalArgumentException("a solve needs a start and an end time");
        }
        double direction = Math.signum(times[times.length - 1] - times[0]);
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                throw new IllegalArgumentException("time " + times[i] + " is not a finite number");
            }
            if (i > 0 && !(direction * (times[i] - times[i - 1]) > 0)) {
                throw new IllegalArgumentException("output times must be strictly increasing or strictly decreasing "
                        + "(time " + i + " is " + times[i] + " after " + times[i - 1] + ")");
            }
        }
        for (int j = 0; j < y0.length; j++) {
            if (!Double.isFinite(y0[j])) {
                throw new IllegalArgumentException("initial state component " + j + " is " + y0[j]
                        + "; it must be a finite number");
            }
        }
    }
}
