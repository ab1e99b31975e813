package org.nodelab.ode;

/**
 * The adaptive driver for embedded pairs. Steps run past requested output times and the values there come
 * from dense output, so output times never shorten a step and one dopri5 solve costs exactly
 * 2 + 6 · (accepted + rejected) evaluations.
 */
final class AdaptiveRungeKutta {

    /** Consecutive rejections caused by NaN/Inf after which the field is declared non-finite here. */
    private static final int NON_FINITE_REJECTION_LIMIT = 40;

    private AdaptiveRungeKutta() {
    }

    static Solution solve(VectorField field, double[] y0, double[] times, SolverOptions options) {
        ButcherTableau tableau = options.method().tableau();
        int n = y0.length;
        int s = tableau.stages();
        double direction = Math.signum(times[times.length - 1] - times[0]);
        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau, field, n);
        StepSizeController controller = new StepSizeController(tableau.order());
        SolveRun run = new SolveRun(times, n, options.recordSteps() ? new StepTape(tableau, times.length) : null);

        double t = times[0];
        double[] y = y0.clone();
        run.outputInitial(y);

        stepper.evaluate(t, y, stepper.k[0]);
        if (!Norms.allFinite(stepper.k[0])) {
            return run.finish(ResultCode.NON_FINITE_STATE,
                    "the vector field is NaN or infinite at the initial state (t = " + t + ")", t, y, stepper.evaluations);
        }
        double h = Double.isNaN(options.firstStep())
                ? controller.initialStep(stepper, t, y, stepper.k[0], options.rtol(), options.atol(), direction,
                        stepper.y1, stepper.k[1])
                : options.firstStep();
        h *= direction;

        double[] weights = new double[s];
        int nonFiniteRejections = 0;
        while (!run.done()) {
            if (run.steps() >= options.maxSteps()) {
                return run.finish(ResultCode.MAX_STEPS_REACHED, "stopped after " + run.steps()
                        + " steps (the limit) at t = " + t + " of " + run.endTime()
                        + "; raise the step limit or loosen the tolerance", t, y, stepper.evaluations);
            }
            if (t + h == t || h == 0) {
                if (nonFiniteRejections > 0) {
                    return run.finish(ResultCode.NON_FINITE_STATE, nonFiniteMessage(t), t, y, stepper.evaluations);
                }
                return run.finish(ResultCode.STEP_SIZE_UNDERFLOW, "the step size shrank to " + Math.abs(h)
                        + " at t = " + t + ", too small to advance time; the problem may be stiff or singular here",
                        t, y, stepper.evaluations);
            }
            stepper.step(t, y, h);
            double ratio = Norms.errorRatio(stepper.error, y, stepper.y1, options.rtol(), options.atol());
            boolean finite = Double.isFinite(ratio) && Norms.allFinite(stepper.y1);
            if (finite && ratio <= 1) {
                nonFiniteRejections = 0;
                double tNew = t + h;
                run.acceptStep(t, h, y);
                while (!run.done() && direction * (run.nextOutputTime() - tNew) <= 0) {
                    double theta = (run.nextOutputTime() - t) / h;
                    stepper.interpolate(y, h, theta, weights, run.nextOutputBuffer());
                    run.outputReached(theta);
                }
                t = tNew;
                System.arraycopy(stepper.y1, 0, y, 0, n);
                // First same as last: the last stage is f(t + h, y1), the next step's first stage.
                double[] first = stepper.k[0];
                stepper.k[0] = stepper.k[s - 1];
                stepper.k[s - 1] = first;
                h = controller.nextStep(h, ratio);
            } else {
                run.rejectStep();
                if (!finite) {
                    nonFiniteRejections++;
                    if (nonFiniteRejections >= NON_FINITE_REJECTION_LIMIT) {
                        return run.finish(ResultCode.NON_FINITE_STATE, nonFiniteMessage(t), t, y,
                                stepper.evaluations);
                    }
                }
                h = controller.nextStep(h, finite ? ratio : Double.NaN);
            }
        }
        return run.finish(ResultCode.SUCCESS, "reached t = " + run.endTime(), t, y, stepper.evaluations);
    }

    private static String nonFiniteMessage(double t) {
        return "the solution blows up near t = " + t + ": every trial step produced NaN or Inf, however small";
    }
}
