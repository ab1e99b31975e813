package org.nodelab.train;

import java.util.SplittableRandom;
import org.nodelab.ode.LocalStepError;

/**
 * Stiffness regularization (Pal et al. 2023): R = ‖k_s − k_{s−1}‖ / ‖g_s − g_{s−1}‖ / 3.5068 of one fresh
 * embedded step from the state at a random time t_r, an estimate of the local Lipschitz constant.
 */
final class LocalStiffnessRegularizer implements Regularizer {

    private final LocalStepPenalty penalty;
    private final SplittableRandom random;

    LocalStiffnessRegularizer(LocalStepPenalty penalty, SplittableRandom random) {
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
        double value = penalty.add(in.model(), in.sampleTime(), in.sampledState(),
                LocalStepError.Measure.STIFFNESS, gradient);
        return new Contribution(value, 0);
    }
}
