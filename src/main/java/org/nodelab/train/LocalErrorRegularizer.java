package org.nodelab.train;

import org.nodelab.ode.LocalStepError;

/**
 * Local regularization (Pal et al. 2023) of one fresh embedded step from the state at a random time t_r: its
 * error estimate, R = EEst · h ({@code local}), or its stiffness estimate, R = ‖k_s − k_{s−1}‖ / ‖g_s − g_{s−1}‖
 * / 3.5068, a local Lipschitz constant ({@code local-stiffness}). The trainer merges t_r into the forward solve's
 * output times; outputs never shorten steps, so asking for it costs no NFE.
 */
final class LocalErrorRegularizer implements Regularizer {

    private final LocalStepPenalty penalty;
    private final RandomStream random;
    private final LocalStepError.Measure measure;

    LocalErrorRegularizer(LocalStepPenalty penalty, RandomStream random, LocalStepError.Measure measure) {
        this.penalty = penalty;
        this.random = random;
        this.measure = measure;
    }

    @Override
    public Need need() {
        return Need.SAMPLED_TIME;
    }

    @Override
    public double sampleTime(double horizon) {
        return LocalStepPenalty.drawTime(random, horizon);
    }

    /** The fresh step's evaluations are not counted in NFE-B, which counts the backward pass alone. */
    @Override
    public Contribution contribute(RegularizationInput in, double[] gradient) {
        double value = penalty.add(in.model(), in.sampleTime(), in.sampledState(), measure, gradient);
        return new Contribution(value, 0);
    }
}
