package org.nodelab.train;

import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;

/**
 * The solver a run trains with. All of it is live: a change applies at the next iteration.
 *
 * @param maxSteps  a solve gives up after this many steps, accepted plus rejected
 */
public record SolverConfig(Method method, double rtol, double atol, int maxSteps) {

    /**
     * The most steps one training or test solve may take. With a batch of the largest dataset this already is
     * hours of work, so a file or a command cannot ask a run to go on without end.
     */
    public static final int MAX_STEPS = 1_000_000;

    public SolverConfig {
        if (method == null) {
            throw new IllegalArgumentException("a solver method is required");
        }
        if (maxSteps < 1 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException("max steps must be 1.." + MAX_STEPS + ", not " + maxSteps);
        }
        // Validates the tolerances with the solver's own message.
        new SolverOptions(method, rtol, atol, Double.NaN, Double.NaN, maxSteps, false);
    }

    public SolverConfig withMethod(Method m) {
        return new SolverConfig(m, rtol, atol, maxSteps);
    }

    public SolverConfig withRtol(double r) {
        return new SolverConfig(method, r, atol, maxSteps);
    }

    public SolverConfig withAtol(double a) {
        return new SolverConfig(method, rtol, a, maxSteps);
    }

    /** Both tolerances at once, as the UI's single tolerance slider sets them. */
    public SolverConfig withTolerances(double r, double a) {
        return new SolverConfig(method, r, a, maxSteps);
    }

    public SolverConfig withMaxSteps(int n) {
        return new SolverConfig(method, rtol, atol, n);
    }

    /** Forward-solve options; fixed-step sizes are the trainer's to choose. */
    public SolverOptions options(boolean recordSteps) {
        return new SolverOptions(method, rtol, atol, Double.NaN, Double.NaN, maxSteps, recordSteps);
    }
}
