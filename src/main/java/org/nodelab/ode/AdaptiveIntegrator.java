package org.nodelab.ode;

/**
 * The adaptive driver, for solvers with an error estimate. Steps run past requested output times and the
 * values there come from dense output, so output times never shorten a step and one dopri5 solve costs
 * exactly 2 + 6 · (accepted + rejected) evaluations.
 */
final class AdaptiveIntegrator {

    /** Consecutive rejections caused by NaN/Inf after which the field is declared non-finite here. */
    private static final int NON_FINITE_REJECTION_LIMIT = 40;

    private AdaptiveIntegrator() {
    }

    /** @param norm the error norm of the step control and of the first-step rule */
    static Solution solve(Solver solver, Term term, double[] y0, double[] times, SolverOptions options,
                          ErrorNorm norm) {
        int n = y0.length;
        double direction = Math.signum(times[times.length - 1] - times[0]);
        StepSizeController controller = new StepSizeController(solver.order());
        SolveRun run = new SolveRun(times, n, options.recordSteps() ? solver.newTape(times.length) : null);

        double t = times[0];
        double[] y = y0.clone();
        run.outputInitial(y);

        SolverStepper stepper = solver.init(term, t, y);
        double[] f0 = stepper.rateAtStart();
        if (!Norms.allFinite(f0)) {
            return run.finish(ResultCode.NON_FINITE_STATE,
                    "the vector field is NaN or infinite at the initial state (t = " + t + ")", t, y,
                    stepper.evaluations());
        }
        double h = Double.isNaN(options.firstStep())
                ? controller.initialStep(stepper::evaluate, norm, t, y, f0, options.rtol(), options.atol(),
                        direction, new double[n], new double[n])
                : options.firstStep();
        h *= direction;

        int nonFiniteRejections = 0;
        while (!run.done()) {
            if (run.steps() >= options.maxSteps()) {
                return run.finish(ResultCode.MAX_STEPS_REACHED, "stopped after " + run.steps()
                        + " steps (the limit) at t = " + t + " of " + run.endTime()
                        + "; raise the step limit or loosen the tolerance", t, y, stepper.evaluations());
            }
            if (t + h == t || h == 0) {
                if (nonFiniteRejections > 0) {
                    return run.finish(ResultCode.NON_FINITE_STATE, nonFiniteMessage(t), t, y, stepper.evaluations());
                }
                return run.finish(ResultCode.STEP_SIZE_UNDERFLOW, "the step size shrank to " + Math.abs(h)
                        + " at t = " + t + ", too small to advance time; the problem may be stiff or singular here",
                        t, y, stepper.evaluations());
            }
            double tNew = t + h;
            stepper.step(t, h, tNew, y);
            double[] y1 = stepper.proposal();
            double ratio = norm.errorRatio(stepper.error(), y, y1, options.rtol(), options.atol());
            boolean finite = Double.isFinite(ratio) && Norms.allFinite(y1);
            if (finite && ratio <= 1) {
                nonFiniteRejections = 0;
                run.acceptStep(t, h, y);
                while (!run.done() && direction * (run.nextOutputTime() - tNew) <= 0) {
                    double theta = (run.nextOutputTime() - t) / h;
                    stepper.interpolate(y, h, theta, run.nextOutputBuffer());
                    run.outputReached(theta);
                }
                t = tNew;
                System.arraycopy(y1, 0, y, 0, n);
                stepper.accept();
                h = controller.nextStep(h, ratio);
            } else {
                run.rejectStep();
                if (!finite) {
                    nonFiniteRejections++;
                    if (nonFiniteRejections >= NON_FINITE_REJECTION_LIMIT) {
                        return run.finish(ResultCode.NON_FINITE_STATE, nonFiniteMessage(t), t, y,
                                stepper.evaluations());
                    }
                }
                h = controller.nextStep(h, finite ? ratio : Double.NaN);
            }
        }
        return run.finish(ResultCode.SUCCESS, "reached t = " + run.endTime(), t, y, stepper.evaluations());
    }

    private static String nonFiniteMessage(double t) {
        return "the solution blows up near t = " + t + ": every trial step produced NaN or Inf, however small";
    }
}
