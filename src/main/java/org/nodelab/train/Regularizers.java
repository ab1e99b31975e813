package org.nodelab.train;

import java.util.SplittableRandom;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.ButcherTableau;
import org.nodelab.ode.LocalStepError;
import org.nodelab.ode.Method;
import org.nodelab.ode.Solution;

/**
 * Adds λ · R and its gradient to a training step. Local error regularization needs the state at a random
 * time t_r, so the trainer asks {@link #outputTimes} for the times to solve at before the forward solve;
 * outputs never shorten steps, so asking for t_r costs no NFE.
 */
final class Regularizers {

    private final SplittableRandom random;
    private double sampledTime = Double.NaN;

    Regularizers(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The forward solve's output times: [0, T], or [0, t_r, T] with t_r ~ U(0, T) for local regularization. */
    double[] outputTimes(TrainingConfig config) {
        double end = config.integrationTime();
        if (config.regularizer() == RegularizerKind.LOCAL_ERROR && config.regularizationStrength() > 0) {
            // Keep t_r strictly inside (0, T): output times must be strictly increasing.
            sampledTime = end * (0.001 + 0.998 * random.nextDouble());
            return new double[] {0, sampledTime, end};
        }
        sampledTime = Double.NaN;
        return new double[] {0, end};
    }

    /** Adds λ · dR/dθ into {@code gradient} and returns λ · R (0 when there is no regularizer). */
    double addTo(TrainingConfig config, NeuralOdeModel model, Solution forward, double[] gradient) {
        double lambda = config.regularizationStrength();
        if (lambda == 0) {
            return 0;
        }
        switch (config.regularizer()) {
            case NONE:
                return 0;
            case WEIGHT_DECAY: {
                double[] theta = model.parameters();
                double sum = 0;
                for (int i = 0; i < theta.length; i++) {
                    sum += theta[i] * theta[i];
                    gradient[i] += lambda * theta[i];
                }
                return 0.5 * lambda * sum;
            }
            case LOCAL_ERROR: {
                Method method = config.solver().isAdaptive() ? config.solver() : Method.DOPRI5;
                ButcherTableau tableau = method.tableau();
                LocalStepError.Result r = LocalStepError.compute(model.field(), tableau, sampledTime,
                        forward.states()[1], config.rtol(), config.atol(), true);
                double[] g = r.parameterGradient();
                for (int i = 0; i < g.length; i++) {
                    gradient[i] += lambda * g[i];
                }
                return lambda * r.value();
            }
            default:
                throw new IllegalStateException("unhandled regularizer " + config.regularizer());
        }
    }
}
