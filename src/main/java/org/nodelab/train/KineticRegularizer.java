package org.nodelab.train;

import org.nodelab.ode.FlowRegularity;

/**
 * RNODE's kinetic energy and Jacobian norm (Finlay et al. 2020): R = ∫‖f‖² dt + ∫‖∂f/∂h‖²_F dt along the
 * forward solve's tape, the Frobenius norm by Hutchinson's estimate with a probe seeded per iteration
 * (dataSeed · 31 + iteration), so a rerun draws the same probes. Its evaluations join NFE-B.
 */
final class KineticRegularizer implements Regularizer {

    private final double lambda;
    private final long dataSeed;

    KineticRegularizer(double lambda, long dataSeed) {
        this.lambda = lambda;
        this.dataSeed = dataSeed;
    }

    @Override
    public Need need() {
        return Need.STEP_TAPE;
    }

    @Override
    public Contribution contribute(RegularizationInput in, double[] gradient) {
        FlowRegularity.Result flow = FlowRegularity.compute(in.field(), in.forward(), dataSeed * 31 + in.iteration());
        RegularizationInput.addScaled(lambda, flow.parameterGradient(), gradient);
        return new Contribution(lambda * flow.value(), flow.evaluations());
    }
}
