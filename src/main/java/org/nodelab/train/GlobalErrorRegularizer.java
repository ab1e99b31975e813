package org.nodelab.train;

import org.nodelab.ode.Backprop;
import org.nodelab.ode.ErrorPenalty;
import org.nodelab.ode.Gradient;

/**
 * Global error regularization (ERNODE, arXiv 2105.03918): R = Σ_j EEst_j · |h_j| over every accepted step of
 * the forward solve. Backprop folds it into its own walk over the tape; the adjoint does not walk the steps,
 * so then the penalty gets a pass of its own over the tape, whose evaluations join NFE-B.
 */
final class GlobalErrorRegularizer implements Regularizer {

    private final ErrorPenalty penalty;

    GlobalErrorRegularizer(double lambda, double rtol, double atol) {
        this.penalty = new ErrorPenalty(lambda, rtol, atol);
    }

    @Override
    public Need need() {
        return Need.STEP_TAPE;
    }

    @Override
    public ErrorPenalty backpropPenalty() {
        return penalty;
    }

    @Override
    public Contribution contribute(RegularizationInput in, double[] gradient) {
        if (in.gradientMethod() == GradientMethod.BACKPROP) {
            // Value and gradient came with the backward pass, and so did its evaluations.
            return new Contribution(in.backward().penalty(), 0);
        }
        Gradient extra = Backprop.gradient(in.field(), in.forward(), new double[in.times().length][], penalty);
        RegularizationInput.addFieldGradient(in.model(), in.inputs(), extra, gradient);
        return new Contribution(extra.penalty(), extra.backwardEvaluations());
    }
}
