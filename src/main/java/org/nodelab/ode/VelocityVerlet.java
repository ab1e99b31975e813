package org.nodelab.ode;

/**
 * Velocity Verlet (leapfrog) for q' = G(t, p), p' = F(t, q): a half kick, a drift, a half kick. Symplectic
 * and time-reversible, so energy errors stay bounded instead of drifting. Values at output times are linear
 * between steps, which keeps the method's second order.
 *
 * <p>NFE counts force evaluations F, one per step plus the first; each step also evaluates G once.
 */
final class VelocityVerlet {

    private VelocityVerlet() {
    }

    static Solution solve(SeparableVectorField field, double[] y0, double[] times, SolverOptions options) {
        int n = y0.length;
        int dim = field.dimension();
        if (dim % 2 != 0) {
            throw new IllegalArgumentException("velocity Verlet needs an even dimension [q, p], not " + dim);
        }
        int half = dim / 2;
        double t0 = times[0];
        FixedGrid grid = FixedGrid.of(times, options);
        long count = grid.count();
        double h = grid.step();

        SolveRun run = new SolveRun(times, n, null);
        double[] y = y0.clone();
        double[] previous = new double[n];
        double[] rate = new double[n];
        run.outputInitial(y);
        long forces = 1;
        field.momentumRate(t0, y, rate);
        double t = t0;
        for (long i = 0; i < count && !run.done(); i++) {
            if (run.steps() >= options.maxSteps()) {
                return run.finish(ResultCode.MAX_STEPS_REACHED, "stopped after " + run.steps()
                        + " steps (the limit) at t = " + t, t, y, forces);
            }
            System.arraycopy(y, 0, previous, 0, n);
            kick(y, rate, 0.5 * h, half, dim);
            field.positionRate(t + 0.5 * h, y, rate);
            drift(y, rate, h, half, dim);
            double tNew = i == count - 1 ? times[times.length - 1] : t0 + (i + 1) * h;
            field.momentumRate(tNew, y, rate);
            forces++;
            kick(y, rate, 0.5 * h, half, dim);
            if (!Norms.allFinite(y)) {
                return run.finish(ResultCode.NON_FINITE_STATE, "the state became NaN or infinite in the step from t = "
                        + t + "; try a smaller step", t, previous, forces);
            }
            run.acceptStep(t, h, previous);
            while (!run.done() && Math.signum(h) * (run.nextOutputTime() - tNew) <= 1e-12 * Math.abs(h)) {
                double theta = Math.min(1.0, (run.nextOutputTime() - t) / h);
                double[] out = run.nextOutputBuffer();
                for (int j = 0; j < n; j++) {
                    out[j] = previous[j] + theta * (y[j] - previous[j]);
                }
                run.outputReached(theta);
            }
            t = tNew;
        }
        return run.finish(ResultCode.SUCCESS, "reached t = " + run.endTime(), t, y, forces);
    }

    /** p += dt · F, on the p-half of every row. */
    private static void kick(double[] y, double[] rate, double dt, int half, int dim) {
        for (int row = 0; row < y.length; row += dim) {
            for (int j = row + half; j < row + dim; j++) {
                y[j] += dt * rate[j];
            }
        }
    }

    /** q += dt · G, on the q-half of every row. */
    private static void drift(double[] y, double[] rate, double dt, int half, int dim) {
        for (int row = 0; row < y.length; row += dim) {
            for (int j = row; j < row + half; j++) {
                y[j] += dt * rate[j];
            }
        }
    }
}
