package org.nodelab.train;

import java.util.SplittableRandom;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.LocalStepError;
import org.nodelab.ode.Method;

/**
 * Adds λ · R and its gradient to a training step. Local error regularization needs the state at a random
 * time t_r, which the trainer adds to the forward solve's output times; outputs never shorten steps, so
 * asking for t_r costs no NFE.
 */
final class Regularizers {

    private final SplittableRandom random;

    Regularizers(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** t_r ~ U(0, horizon) strictly inside, when local regularization is on; NaN otherwise. */
    double sampleTime(TrainingConfig config, double horizon) {
        boolean local = config.regularizer().kind() == RegularizerKind.LOCAL_ERROR
                || config.regularizer().kind() == RegularizerKind.LOCAL_STIFFNESS;
        if (local && config.regularizer().strength() > 0) {
            return horizon * (0.001 + 0.998 * random.nextDouble());
        }
        return Double.NaN;
    }

    /** Adds λ · dR/dθ into {@code gradient} and returns λ · R, for regularizers that need no sampled state. */
    double addTo(TrainingConfig config, NeuralOdeModel model, double[] gradient) {
        double lambda = config.regularizer().strength();
        if (lambda == 0 || config.regularizer().kind() == RegularizerKind.NONE) {
            return 0;
        }
        if (config.regularizer().kind() == RegularizerKind.WEIGHT_DECAY) {
            double[] theta = model.parameters();
            double sum = 0;
            for (int i = 0; i < theta.length; i++) {
                sum += theta[i] * theta[i];
                gradient[i] += lambda * theta[i];
            }
            return 0.5 * lambda * sum;
        }
        if (config.regularizer().kind() == RegularizerKind.GLOBAL_ERROR
                || config.regularizer().kind() == RegularizerKind.KINETIC_JACOBIAN
                || config.regularizer().kind() == RegularizerKind.LOCAL_ERROR_AT_STEPS) {
            // Added by the trainer from the forward solve's recorded steps.
            return 0;
        }
        throw new IllegalStateException(config.regularizer().kind() + " needs a sampled state");
    }

    /**
     * Local error regularization at one of the solve's own accepted step points, drawn uniformly: λ · EEst · h
     * and its gradient. Needs the forward solve's tape.
     */
    double addAtSolverPoint(TrainingConfig config, NeuralOdeModel model, org.nodelab.ode.Solution forward,
                            double[] gradient) {
        java.util.List<org.nodelab.ode.StepTape.Step> steps = forward.tape().steps();
        if (steps.isEmpty()) {
            return 0;
        }
        org.nodelab.ode.StepTape.Step step = steps.get(random.nextInt(steps.size()));
        return addTo(config, model, step.startState(), step.startTime(), gradient);
    }

    /** Local error regularization from the state at the sampled time: λ · EEst · h and its gradient. */
    double addTo(TrainingConfig config, NeuralOdeModel model, double[] sampledState, double sampleTime,
                 double[] gradient) {
        double lambda = config.regularizer().strength();
        Method method = config.solver().method().isAdaptive() ? config.solver().method() : Method.DOPRI5;
        LocalStepError.Measure measure = config.regularizer().kind() == RegularizerKind.LOCAL_STIFFNESS
                ? LocalStepError.Measure.STIFFNESS : LocalStepError.Measure.ERROR;
        LocalStepError.Result r = LocalStepError.compute(model.field(), method.tableau(), sampleTime, sampledState,
                config.solver().rtol(), config.solver().atol(), measure, true);
        double[] g = r.parameterGradient();
        for (int i = 0; i < g.length; i++) {
            gradient[i] += lambda * g[i];
        }
        return lambda * r.value();
    }
}
