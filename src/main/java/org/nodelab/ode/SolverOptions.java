package org.nodelab.ode;

/**
 * How to solve: method, tolerances for adaptive methods, step size for fixed-step methods, a step limit, and
 * whether to keep the tape of accepted steps that backprop needs.
 *
 * @param stepSize   fixed-step methods only; NaN means 1/100 of the time span
 * @param firstStep  adaptive methods only; NaN means Hairer's starting-step rule (science.md §2)
 * @param maxSteps   accepted plus rejected steps before the solve gives up with MAX_STEPS_REACHED
 */
public record SolverOptions(Method method, double rtol, double atol, double stepSize, double firstStep,
                            int maxSteps, boolean recordSteps) {

    public static final int DEFAULT_MAX_STEPS = 100_000;
    /**
     * The smallest relative tolerance accepted: about 45 units in the last place. Below it no step can meet the
     * test, and the solve would only end in a step size underflow after thousands of rejected steps.
     */
    public static final double MIN_RTOL = 1e-14;

    public SolverOptions {
        if (method == null) {
            throw new IllegalArgumentException("a solver method is required");
        }
        if (!(rtol >= 0) || !(atol >= 0) || !Double.isFinite(rtol) || !Double.isFinite(atol) || rtol + atol == 0) {
            throw new IllegalArgumentException("tolerances must be finite, non-negative and not both zero (rtol="
                    + rtol + ", atol=" + atol + ")");
        }
        if (rtol > 0 && rtol < MIN_RTOL) {
            throw new IllegalArgumentException("a relative tolerance of " + rtol + " is below what double precision "
                    + "can resolve (its relative precision is about " + Math.ulp(1.0) + "); use " + MIN_RTOL
                    + " or more, or 0 for a purely absolute tolerance");
        }
        if (!Double.isNaN(stepSize) && !(stepSize > 0 && Double.isFinite(stepSize))) {
            throw new IllegalArgumentException("step size must be positive and finite, not " + stepSize);
        }
        if (!Double.isNaN(firstStep) && !(firstStep > 0 && Double.isFinite(firstStep))) {
            throw new IllegalArgumentException("first step must be positive and finite, not " + firstStep);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("max steps must be at least 1, not " + maxSteps);
        }
    }

    /** dopri5 at torchdiffeq's default tolerances (rtol 1e-7, atol 1e-9). */
    public static SolverOptions defaults() {
        return new SolverOptions(Method.DOPRI5, 1e-7, 1e-9, Double.NaN, Double.NaN, DEFAULT_MAX_STEPS, false);
    }

    public static SolverOptions of(Method method) {
        return defaults().withMethod(method);
    }

    public SolverOptions withMethod(Method m) {
        return new SolverOptions(m, rtol, atol, stepSize, firstStep, maxSteps, recordSteps);
    }

    public SolverOptions withTolerances(double r, double a) {
        return new SolverOptions(method, r, a, stepSize, firstStep, maxSteps, recordSteps);
    }

    public SolverOptions withStepSize(double h) {
        return new SolverOptions(method, rtol, atol, h, firstStep, maxSteps, recordSteps);
    }

    public SolverOptions withFirstStep(double h) {
        return new SolverOptions(method, rtol, atol, stepSize, h, maxSteps, recordSteps);
    }

    public SolverOptions withMaxSteps(int n) {
        return new SolverOptions(method, rtol, atol, stepSize, firstStep, n, recordSteps);
    }

    public SolverOptions withRecordSteps(boolean record) {
        return new SolverOptions(method, rtol, atol, stepSize, firstStep, maxSteps, record);
    }
}
