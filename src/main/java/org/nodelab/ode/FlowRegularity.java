package org.nodelab.ode;

import java.util.List;
import java.util.SplittableRandom;

/**
 * RNODE's regularity terms (Finlay et al. 2020, arXiv 2002.02798) along a recorded solve: the kinetic energy
 * ∫‖f‖² dt and the Jacobian's Frobenius norm ∫‖∂f/∂y‖²_F dt, each summed with the left-point rule over the
 * accepted steps and averaged over the batch's points. The Frobenius norm is Hutchinson's estimate ‖J ε‖² with
 * a Rademacher ε, and J ε is a central difference of f, so both terms and their parameter gradients need
 * only evaluations and vector–Jacobian products. The states along the solve are held fixed.
 */
public final class FlowRegularity {

    /** Relative size of the finite-difference probe for J ε. */
    static final double PROBE = 1e-4;

    /** The two terms and the gradient of their sum. */
    public record Result(double kinetic, double jacobian, double[] parameterGradient, long evaluations,
                         long vectorJacobianProducts) {

        public double value() {
            return kinetic + jacobian;
        }
    }

    private FlowRegularity() {
    }

    public static Result compute(ParametricVectorField field, Solution forward, long seed) {
        StepTape tape = forward.tape();
        if (tape == null) {
            throw new IllegalArgumentException("the kinetic and Jacobian terms need the recorded steps");
        }
        List<StepTape.Step> steps = tape.steps();
        int n = forward.lastState().length;
        int rows = n / field.dimension();
        SplittableRandom random = new SplittableRandom(seed);
        double[] rate = new double[n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] ratePlus = new double[n];
        double[] rateMinus = new double[n];
        double[] direction = new double[n];
        double[] cotangent = new double[n];
        double[] ignored = new double[n];
        double[] gradient = new double[field.parameterCount()];
        double kinetic = 0;
        double jacobian = 0;
        long evaluations = 0;
        long vjps = 0;
        for (StepTape.Step step : steps) {
            double t = step.startTime();
            double[] y = step.startState();
            double weight = Math.abs(step.size()) / rows;
            field.evaluate(t, y, rate);
            double energy = 0;
            for (int q = 0; q < n; q++) {
                energy += rate[q] * rate[q];
                cotangent[q] = 2 * weight * rate[q];
            }
            kinetic += weight * energy;
            field.vectorJacobianProduct(t, y, cotangent, ignored, gradient);

            double scale = 0;
            for (double v : y) {
                scale += v * v;
            }
            double delta = PROBE * Math.max(1, Math.sqrt(scale / n));
            for (int q = 0; q < n; q++) {
                direction[q] = random.nextBoolean() ? 1 : -1;
                plus[q] = y[q] + delta * direction[q];
                minus[q] = y[q] - delta * direction[q];
            }
            field.evaluate(t, plus, ratePlus);
            field.evaluate(t, minus, rateMinus);
            double norm = 0;
            for (int q = 0; q < n; q++) {
                double jv = (ratePlus[q] - rateMinus[q]) / (2 * delta);
                norm += jv * jv;
                // d‖Jε‖²/dθ = 2 (Jε)ᵀ (∂f(y+δε)/∂θ − ∂f(y−δε)/∂θ) / (2δ).
                cotangent[q] = weight * jv / delta;
            }
            jacobian += weight * norm;
            field.vectorJacobianProduct(t, plus, cotangent, ignored, gradient);
            for (int q = 0; q < n; q++) {
                cotangent[q] = -cotangent[q];
            }
            field.vectorJacobianProduct(t, minus, cotangent, ignored, gradient);
            evaluations += 3;
            vjps += 3;
        }
        return new Result(kinetic, jacobian, gradient, evaluations, vjps);
    }
}
