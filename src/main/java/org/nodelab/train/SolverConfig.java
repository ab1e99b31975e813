package org.nodelab.train;

import org.nodelab.ode.AdjointNorm;
import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;

/**
 * The solver a run trains with. All of it is live: a change applies at the next iteration.
 *
 * @param maxSteps    a solve gives up after this many steps, accepted plus rejected
 * @param adjointNorm how the adjoint's backward solve measures its error (torchdiffeq's mixed norm by default;
 *                    it decides NFE-B and the gradient's accuracy, and means nothing to backprop)
 */
public record SolverConfig(Method method, double rtol, double atol, int maxSteps, AdjointNorm adjointNorm) {

    /** torchdiffeq's default for {@code odeint_adjoint}, so that our NFE-B is theirs. */
    public static final AdjointNorm DEFAULT_ADJOINT_NORM = AdjointNorm.MIXED;

    /**
     * The most steps one training or test solve may take. With a batch of the largest dataset this already is
     * hours of work, so a file or a command cannot ask a run to go on without end.
     */
    public static final int MAX_STEPS = 1_000_000;

    public SolverConfig {
        if (method == null || adjointNorm == null) {
            throw new IllegalArgumentException("a solver method and an adjoint norm are required");
        }
        if (maxSteps < 1 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException("max steps must be 1.." + MAX_STEPS + ", not " + maxSteps);
        }
        // Validates the tolerances with the solver's own message.
        new SolverOptions(method, rtol, atol, Double.NaN, Double.NaN, maxSteps, false);
    }

    /** A solver with the default adjoint norm. */
    public SolverConfig(Method method, double rtol, double atol, int maxSteps) {
        this(method, rtol, atol, maxSteps, DEFAULT_ADJOINT_NORM);
    }

    public SolverConfig withMethod(Method m) {
        return new SolverConfig(m, rtol, atol, maxSteps, adjointNorm);
    }

    public SolverConfig withRtol(double r) {
        return new SolverConfig(method, r, atol, maxSteps, adjointNorm);
    }

    public SolverConfig withAtol(double a) {
        return new SolverConfig(method, rtol, a, maxSteps, adjointNorm);
    }

    /** Both tolerances at once, as the UI's single tolerance slider sets them. */
    public SolverConfig withTolerances(double r, double a) {
        return new SolverConfig(method, r, a, maxSteps, adjointNorm);
    }

    public SolverConfig withMaxSteps(int n) {
        return new SolverConfig(method, rtol, atol, n, adjointNorm);
    }

    public SolverConfig withAdjointNorm(AdjointNorm norm) {
        return new SolverConfig(method, rtol, atol, maxSteps, norm);
    }

    /** Forward-solve options; fixed-step sizes are the trainer's to choose. */
    public SolverOptions options(boolean recordSteps) {
        return new SolverOptions(method, rtol, atol, Double.NaN, Double.NaN, maxSteps, recordSteps);
    }
}
