package org.nodelab.train;

import java.util.SplittableRandom;
import org.nodelab.ode.LocalStepError;

/**
 * Local error regularization (Pal et al. 2023): R = EEst · h of one fresh embedded step from the state at a
 * random time t_r. The trainer merges t_r into the forward solve's output times; outputs never shorten steps,
 * so asking for it costs no NFE.
 */
final class LocalErrorRegularizer implements Regularizer {

    private final LocalStepPenalty penalty;
    private final SplittableRandom random;

    LocalErrorRegularizer(LocalStepPenalty penalty, SplittableRandom random) {
        this.penalty = penalty;
        this.random = random;
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
        double value = penalty.add(in.model(), in.sampleTime(), in.sampledState(), LocalStepError.Measure.ERROR,
                gradient);
        return new Contribution(value, 0);
    }
}
