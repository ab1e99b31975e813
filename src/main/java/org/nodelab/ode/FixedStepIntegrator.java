package org.nodelab.ode;

/**
 * The fixed-step driver: the span is cut into equal steps no longer than the requested size, and values at
 * output times come from the solver's dense output (each Runge–Kutta method's continuous extension, Verlet's
 * straight line).
 */
final class FixedStepIntegrator {

    private FixedStepIntegrator() {
    }

    static Solution solve(Solver solver, Term term, double[] y0, double[] times, SolverOptions options) {
        int n = y0.length;
        double t0 = times[0];
        FixedGrid grid = FixedGrid.of(times, options);
        long count = grid.count();
        double h = grid.step();

        SolveRun run = new SolveRun(times, n, options.recordSteps() ? solver.newTape(times.length) : null);
        double[] y = y0.clone();
        run.outputInitial(y);
        if (count > options.maxSteps()) {
            // The grid is known in advance: say so now instead of spending the whole budget first.
            return run.finish(ResultCode.MAX_STEPS_REACHED, count + " steps of size " + Math.abs(h)
                    + " are needed, more than the limit of " + options.maxSteps()
                    + "; use a larger step or raise the step limit", t0, y, 0);
        }
        SolverStepper stepper = solver.init(term, t0, y);
        double t = t0;
        for (long i = 0; i < count && !run.done(); i++) {
            if (run.steps() >= options.maxSteps()) {
                return run.finish(ResultCode.MAX_STEPS_REACHED, "stopped after " + run.steps()
                        + " steps (the limit) at t = " + t + "; " + count + " steps of size " + Math.abs(h)
                        + " are needed", t, y, stepper.evaluations());
            }
            // Time from the step index, not by accumulation, so the last step lands on the end time exactly.
            double tNew = i == count - 1 ? times[times.length - 1] : t0 + (i + 1) * h;
            stepper.step(t, h, tNew, y);
            double[] y1 = stepper.proposal();
            if (!Norms.allFinite(y1)) {
                return run.finish(ResultCode.NON_FINITE_STATE, "the state became NaN or infinite in the step from t = "
                        + t + "; try a smaller step", t, y, stepper.evaluations());
            }
            run.acceptStep(t, h, y);
            while (!run.done() && Math.signum(h) * (run.nextOutputTime() - tNew) <= 1e-12 * Math.abs(h)) {
                double theta = Math.min(1.0, (run.nextOutputTime() - t) / h);
                stepper.interpolate(y, h, theta, run.nextOutputBuffer());
                run.outputReached(theta);
            }
            t = tNew;
            System.arraycopy(y1, 0, y, 0, n);
            stepper.accept();
        }
        return run.finish(ResultCode.SUCCESS, "reached t = " + run.endTime(), t, y, stepper.evaluations());
    }
}
