package org.nodelab.ode;

/**
 * A numerical method as diffrax separates it: it knows its order, which terms it can integrate, and how to
 * take one step ({@link #init} hands out the per-solve state that steps). Which steps to take is the
 * driver's business (a fixed grid, or an adaptive {@link StepSizeController}), and what to keep is the
 * {@link SolveRun}'s, so a new solver is one class in the table of {@link Solvers}.
 */
interface Solver {

    /** Order of accuracy of the propagated solution; the step controller's exponent is 1/order. */
    int order();

    /** Whether each step comes with an error estimate, which is what lets the adaptive driver size steps. */
    boolean hasErrorEstimate();

    /**
     * Null when this solver can integrate {@code term} with {@code options}; otherwise why not, in words a user
     * can act on.
     */
    String whyNot(Term term, SolverOptions options);

    default boolean supports(Term term, SolverOptions options) {
        return whyNot(term, options) == null;
    }

    /** The method to use, at the same step, where {@link #supports} says no; null where it supports everything. */
    Method fallback();

    /**
     * The state of one solve starting at (t0, y0), with whatever the first step needs already evaluated.
     * Only called where {@link #supports} says yes.
     */
    SolverStepper init(Term term, double t0, double[] y0);

    /** An empty tape for a solve that backprop will replay; only for solvers that support recording. */
    StepTape newTape(int outputCount);
}
