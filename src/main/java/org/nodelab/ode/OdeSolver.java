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
        if (field == null) {
            throw new IllegalArgumentException("a vector field is required");
        }
        return solve(new DriftTerm(field), y0, times, options);
    }

    /**
     * Solves with the solver that {@code options.method()} names in the table of solvers. A solver that cannot
     * integrate the term (Verlet on a field that is not split, say) refuses with its reason; callers that must
     * solve whatever the field is use {@link #withFallback} first.
     */
    public static Solution solve(Term term, double[] y0, double[] times, SolverOptions options) {
        return solve(term, y0, times, options, ErrorNorm.RMS);
    }

    /** As {@link #solve(Term, double[], double[], SolverOptions)}, with adaptive steps controlled in {@code norm}. */
    static Solution solve(Term term, double[] y0, double[] times, SolverOptions options, ErrorNorm norm) {
        validate(term.dimension(), y0, times);
        Solver solver = Solvers.of(options.method());
        String problem = solver.whyNot(term, options);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return solver.hasErrorEstimate()
                ? AdaptiveIntegrator.solve(solver, term, y0, times, options, norm)
                : FixedStepIntegrator.solve(solver, term, y0, times, options);
    }

    /**
     * The options to solve {@code field} with: these, when their method's solver can integrate it so; else the
     * same options with the solver's fallback method at the same step size. Velocity Verlet falls back to rk4
     * for a field that is not a split system and for a solve that must keep the tape of its steps.
     */
    public static SolverOptions withFallback(VectorField field, SolverOptions options) {
        Term term = new DriftTerm(field);
        SolverOptions resolved = options;
        Solver solver = Solvers.of(resolved.method());
        while (!solver.supports(term, resolved)) {
            if (solver.fallback() == null) {
                throw new IllegalArgumentException(solver.whyNot(term, resolved));
            }
            resolved = resolved.withMethod(solver.fallback());
            solver = Solvers.of(resolved.method());
        }
        return resolved;
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

    private static void validate(int dim, double[] y0, double[] times) {
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
