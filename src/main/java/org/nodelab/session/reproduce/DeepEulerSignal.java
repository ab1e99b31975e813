package org.nodelab.session.reproduce;

import java.util.List;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.ParametricVectorField;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.StepTape;
import org.nodelab.train.Losses;

/**
 * A trained model's flow read as a deep ResNet (Haber and Ruthotto 2017): L forward-Euler steps of size h, one
 * layer each, y_{ℓ+1} = y_ℓ + h f(t_ℓ, y_ℓ). The forward solve is the solver's own Euler solve with its step
 * tape; the backward signal is backprop through those same steps, a_ℓ = a_{ℓ+1} + h (∂f/∂y)(t_ℓ, y_ℓ)ᵀ a_{ℓ+1},
 * from the cross-entropy's gradient at the last layer, with the field's own vector–Jacobian products. Its norm
 * at every layer is the gradient signal a deep plain network loses or blows up.
 *
 * @param layers          L
 * @param forwardGain     RMS of the states at layer L over the RMS at layer 0
 * @param gradientNorms   ‖a_ℓ‖ (over the whole batch) for ℓ = 0..L; NaN or ∞ where it overflowed
 * @param initialGradient a_0, the gradient at the first layer (to check against {@code Backprop})
 */
public record DeepEulerSignal(int layers, double step, double forwardGain, double[] gradientNorms,
                              double[] initialGradient) {

    /** ‖a_0‖ / ‖a_L‖: below 1 the gradient vanishes toward the first layer, above 1 it explodes. */
    public double backwardGain() {
        return gradientNorms[0] / gradientNorms[layers];
    }

    /** The model's flow as L Euler layers of step h, on these points and labels. */
    public static DeepEulerSignal of(NeuralOdeModel model, double[] inputs, int[] labels, int layers, double step) {
        ParametricVectorField field = model.field();
        int classes = model.config().outputDimension();
        double[] start = new double[labels.length * model.stateDimension()];
        model.initialState(inputs, start);
        SolverOptions options = SolverOptions.of(Method.EULER).withStepSize(step).withRecordSteps(true)
                .withMaxSteps(layers + 1);
        Solution forward = OdeSolver.solve(field, start, new double[] {0, layers * step}, options);
        double[] norms = new double[layers + 1];
        if (!forward.isSuccess()) {
            java.util.Arrays.fill(norms, Double.NaN);
            return new DeepEulerSignal(layers, step, Double.NaN, norms, new double[start.length]);
        }
        double[] last = forward.finalState();
        double[] logits = new double[labels.length * classes];
        model.readout(last, logits);
        double[] logitCotangent = new double[logits.length];
        Losses.crossEntropy(logits, labels, classes, logitCotangent);
        double[] a = new double[last.length];
        model.readoutGradient(last, logitCotangent, a, new double[model.parameterCount()]);

        List<StepTape.Step> steps = forward.tape().steps();
        if (steps.size() != layers) {
            throw new IllegalStateException("the Euler solve took " + steps.size() + " steps for " + layers + " layers");
        }
        double[] vjp = new double[a.length];
        double[] parameterSink = new double[field.parameterCount()];
        norms[layers] = norm(a);
        for (int l = layers - 1; l >= 0; l--) {
            StepTape.Step s = steps.get(l);
            field.vectorJacobianProduct(s.startTime(), s.startState(), a, vjp, parameterSink);
            for (int q = 0; q < a.length; q++) {
                a[q] += s.size() * vjp[q];
            }
            norms[l] = norm(a);
        }
        return new DeepEulerSignal(layers, step, rms(last) / rms(start), norms, a);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double rms(double[] v) {
        return norm(v) / Math.sqrt(v.length);
    }
}
