package org.nodelab.train;

import org.nodelab.ode.ErrorPenalty;

/**
 * One kind of regularization weighted by λ, as the trainer sees it: what it needs from the forward solve, when
 * it draws its random sample, and what it adds to the iteration (λ · R into the reported regularization,
 * λ · dR/dθ into the gradient, and any evaluations beyond the backward pass's). {@link Regularizers} builds one
 * from a {@link RegularizerKind}; the trainer then asks it, never the kind.
 */
interface Regularizer {

    /** What the forward solve must provide. */
    enum Need {
        /** Nothing beyond the task's own output times. */
        NOTHING,
        /** The state at a sampled time t_r, which the trainer merges into the output times (no extra NFE). */
        SAMPLED_TIME,
        /** The tape of accepted steps (so fixed-step Verlet runs train with rk4). */
        STEP_TAPE
    }

    /** λ · R and the evaluations it cost outside the backward pass. */
    record Contribution(double value, long evaluations) {

        static final Contribution NONE = new Contribution(0, 0);
    }

    Need need();

    /**
     * The time t_r in (0, horizon) whose state {@link #contribute} needs, drawn now, once per iteration and
     * before the forward solve; NaN for regularizers that sample nothing at that point.
     */
    default double sampleTime(double horizon) {
        return Double.NaN;
    }

    /** A penalty that backprop folds into its own walk over the steps (ERNODE's), or null for none. */
    default ErrorPenalty backpropPenalty() {
        return null;
    }

    /**
     * After the backward pass, whose field gradient is already in {@code gradient}: adds λ · dR/dθ into it and
     * returns λ · R with the evaluations spent.
     */
    Contribution contribute(RegularizationInput in, double[] gradient);
}
