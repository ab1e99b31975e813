package org.nodelab.train;

import java.util.List;
import org.nodelab.ode.LocalStepError;
import org.nodelab.ode.StepTape;

/**
 * Local error regularization sampled where the solver actually stepped: EEst · h of a fresh step from one of
 * the forward solve's own accepted step points, drawn uniformly from its tape after the backward pass.
 */
final class LocalErrorAtStepsRegularizer implements Regularizer {

    private final LocalStepPenalty penalty;
    private final RandomStream random;

    LocalErrorAtStepsRegularizer(LocalStepPenalty penalty, RandomStream random) {
        this.penalty = penalty;
        this.random = random;
    }

    @Override
    public Need need() {
        return Need.STEP_TAPE;
    }

    /** The fresh step's evaluations are not counted in NFE-B, which counts the backward pass alone. */
    @Override
    public Contribution contribute(RegularizationInput in, double[] gradient) {
        List<StepTape.Step> steps = in.forward().tape().steps();
        if (steps.isEmpty()) {
            return Contribution.NONE;
        }
        StepTape.Step step = steps.get(random.nextInt(steps.size()));
        double value = penalty.add(in.model(), step.startTime(), step.startState(), LocalStepError.Measure.ERROR,
                gradient);
        return new Contribution(value, 0);
    }
}
