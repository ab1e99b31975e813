package org.nodelab.train;

import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.ButcherTableau;
import org.nodelab.ode.LocalStepError;
import org.nodelab.ode.Method;

/**
 * What the three local regularizers (Pal, Edelman and Rackauckas 2023) share: where t_r is drawn, and the
 * fresh embedded step from a state whose error or stiffness estimate they penalize.
 */
final class LocalStepPenalty {

    private final double lambda;
    private final ButcherTableau tableau;
    private final double rtol;
    private final double atol;

    /** A fixed-step run has no embedded pair of its own, so its local step is a dopri5 step. */
    LocalStepPenalty(double lambda, Method solver, double rtol, double atol) {
        this.lambda = lambda;
        this.tableau = (solver.isAdaptive() ? solver : Method.DOPRI5).tableau();
        this.rtol = rtol;
        this.atol = atol;
    }

    /** t_r ~ U(0, horizon), kept strictly inside so that it never coincides with the span's ends. */
    static double drawTime(RandomStream random, double horizon) {
        return horizon * (0.001 + 0.998 * random.nextDouble());
    }

    /** Adds λ · dR/dθ of one fresh step from (t, y) into {@code gradient}; returns λ · R. */
    double add(NeuralOdeModel model, double t, double[] y, LocalStepError.Measure measure, double[] gradient) {
        LocalStepError.Result r = LocalStepError.compute(model.field(), tableau, t, y, rtol, atol, measure, true);
        RegularizationInput.addScaled(lambda, r.parameterGradient(), gradient);
        return lambda * r.value();
    }
}
