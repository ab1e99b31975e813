package org.nodelab.dynamics;

import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;

/**
 * How to estimate a Lyapunov spectrum.
 *
 * @param solver                   how each segment between renormalizations is solved (dopri5 by default)
 * @param startTime                the time the initial point belongs to
 * @param transientTime            time run first and thrown away, so the point reaches the attractor and the
 *                                 tangent vectors line up with the Lyapunov directions before averaging starts
 * @param averagingTime            time over which the exponents are averaged, after the transient
 * @param renormalizationInterval  time between re-orthonormalizations; short enough that the tangent vectors
 *                                 neither overflow nor become numerically parallel
 * @param count                    how many leading exponents; 0 means all of them (the field's dimension)
 * @param maxTotalSteps            accepted plus rejected steps for the whole run, over every segment: the one
 *                                 bound that no choice of interval or time can get around
 */
public record LyapunovOptions(SolverOptions solver, double startTime, double transientTime, double averagingTime,
                              double renormalizationInterval, int count, long maxTotalSteps) {

    /** Steps for a whole run unless chosen: ten times the Lorenz spectrum over 2000 time units at 1e-8. */
    public static final long DEFAULT_MAX_TOTAL_STEPS = 5_000_000;

    /** The options with the default overall step budget. */
    public LyapunovOptions(SolverOptions solver, double startTime, double transientTime, double averagingTime,
                           double renormalizationInterval, int count) {
        this(solver, startTime, transientTime, averagingTime, renormalizationInterval, count, DEFAULT_MAX_TOTAL_STEPS);
    }

    public LyapunovOptions {
        if (solver == null) {
            throw new IllegalArgumentException("solver options are required");
        }
        if (solver.method() == Method.VERLET) {
            throw new IllegalArgumentException("the variational equations are not a split system; "
                    + "choose a Runge–Kutta method");
        }
        if (!Double.isFinite(startTime)) {
            throw new IllegalArgumentException("the start time must be finite, not " + startTime);
        }
        if (!(transientTime >= 0) || !Double.isFinite(transientTime)) {
            throw new IllegalArgumentException("the transient time must be finite and not negative, not "
                    + transientTime);
        }
        if (!(averagingTime > 0) || !Double.isFinite(averagingTime)) {
            throw new IllegalArgumentException("the averaging time must be positive and finite, not "
                    + averagingTime);
        }
        if (!(renormalizationInterval > 0) || !Double.isFinite(renormalizationInterval)) {
            throw new IllegalArgumentException("the renormalization interval must be positive and finite, not "
                    + renormalizationInterval);
        }
        if (count < 0) {
            throw new IllegalArgumentException("the number of exponents cannot be negative (" + count + ")");
        }
        if (maxTotalSteps < 1) {
            throw new IllegalArgumentException("the overall step limit must be at least 1, not " + maxTotalSteps);
        }
    }

    /**
     * The full spectrum with dopri5 at rtol 1e-8, atol 1e-10: a transient of 100, averaging over 1000 time
     * units, renormalizing every 0.5.
     */
    public static LyapunovOptions defaults() {
        return new LyapunovOptions(SolverOptions.defaults().withTolerances(1e-8, 1e-10), 0, 100, 1000, 0.5, 0);
    }

    public LyapunovOptions withSolver(SolverOptions options) {
        return new LyapunovOptions(options, startTime, transientTime, averagingTime, renormalizationInterval, count,
                maxTotalSteps);
    }

    public LyapunovOptions withTolerances(double rtol, double atol) {
        return withSolver(solver.withTolerances(rtol, atol));
    }

    public LyapunovOptions withStartTime(double t) {
        return new LyapunovOptions(solver, t, transientTime, averagingTime, renormalizationInterval, count,
                maxTotalSteps);
    }

    public LyapunovOptions withTransientTime(double time) {
        return new LyapunovOptions(solver, startTime, time, averagingTime, renormalizationInterval, count,
                maxTotalSteps);
    }

    public LyapunovOptions withAveragingTime(double time) {
        return new LyapunovOptions(solver, startTime, transientTime, time, renormalizationInterval, count,
                maxTotalSteps);
    }

    public LyapunovOptions withRenormalizationInterval(double interval) {
        return new LyapunovOptions(solver, startTime, transientTime, averagingTime, interval, count, maxTotalSteps);
    }

    public LyapunovOptions withMaxTotalSteps(long steps) {
        return new LyapunovOptions(solver, startTime, transientTime, averagingTime, renormalizationInterval, count,
                steps);
    }

    public LyapunovOptions withCount(int k) {
        return new LyapunovOptions(solver, startTime, transientTime, averagingTime, renormalizationInterval, k,
                maxTotalSteps);
    }
}
