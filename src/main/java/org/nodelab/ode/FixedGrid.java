package org.nodelab.ode;

/**
 * The step grid of the fixed-step methods: the span cut into equal steps no longer than the requested size
 * (1/100 of the span when none is given), so the last step lands on the end time.
 */
record FixedGrid(long count, double step) {

    static FixedGrid of(double[] times, SolverOptions options) {
        double span = times[times.length - 1] - times[0];
        double requested = Double.isNaN(options.stepSize()) ? Math.abs(span) / 100 : options.stepSize();
        long count = Math.max(1, (long) Math.ceil(Math.abs(span) / requested - 1e-9));
        return new FixedGrid(count, span / count);
    }
}
