package org.nodelab.ode;

/**
 * The step grid of the fixed-step methods: the span cut into equal steps no longer than the requested size
 * (1/100 of the span when none is given), so the last step lands on the end time.
 */
record FixedGrid(long count, double step) {

    /** Far past what any fixed-step solve here should take; a longer grid is a typo in the step size. */
    static final double MAX_COUNT = 1e12;

    /**
     * @throws IllegalArgumentException for a step so small that the number of steps cannot be represented, or
     *                                  so small against the times that t + h rounds back to t
     */
    static FixedGrid of(double[] times, SolverOptions options) {
        double span = times[times.length - 1] - times[0];
        double requested = Double.isNaN(options.stepSize()) ? Math.abs(span) / 100 : options.stepSize();
        double needed = Math.ceil(Math.abs(span) / requested - 1e-9);
        if (!(needed <= MAX_COUNT)) {
            throw new IllegalArgumentException("a step of " + requested + " over a span of " + Math.abs(span)
                    + " is " + String.format(java.util.Locale.ROOT, "%.3g", needed) + " steps, more than the "
                    + String.format(java.util.Locale.ROOT, "%.0e", MAX_COUNT) + " a solve can count; use a larger step");
        }
        long count = Math.max(1, (long) needed);
        double step = span / count;
        double far = Math.max(Math.abs(times[0]), Math.abs(times[times.length - 1]));
        if (Math.abs(step) < 4 * Math.ulp(far)) {
            throw new IllegalArgumentException("a step of " + requested + " is below what times near " + far
                    + " can resolve in double precision; use a larger step");
        }
        return new FixedGrid(count, step);
    }
}
