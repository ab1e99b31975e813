package org.nodelab.train;

import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Adjoint;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.ode.AdjointOptions;
import org.nodelab.ode.Backprop;
import org.nodelab.ode.Gradient;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;

/**
 * The mean softmax cross-entropy of a classification model on given points and its gradient in θ, computed
 * with the training engine's own pieces (the model's initial state and readout with their gradients, one
 * solve from 0 to T, {@link Adjoint} or {@link Backprop}, {@link Losses#crossEntropy}) but with no regularizer
 * and no optimizer step. It exists so that a user can compare one gradient with another library's: the
 * trainer itself folds the same numbers into an Adam step and never shows them.
 */
public final class LossGradient {

    /**
     * @param loss        mean cross-entropy over the points (natural log)
     * @param nfeForward  function evaluations of the forward solve
     * @param nfeBackward evaluations of the backward pass (torchdiffeq's NFE-B for the adjoint)
     * @param gradient    dLoss/dθ over the whole flat parameter vector, in {@code model.parameters()} order
     * @param problem     why the computation stopped, or null on success (then the other figures are NaN or 0)
     */
    public record Result(double loss, long nfeForward, long nfeBackward, double[] gradient, String problem) {

        public boolean isSuccess() {
            return problem == null;
        }
    }

    private LossGradient() {
    }

    /**
     * @param inputs         points × inputDimension, row-major
     * @param labels         one class index per point
     * @param horizon        T, the time the flow runs for
     * @param forwardOptions the forward solve's options as {@link Trainer#solverOptions()} chooses them for the
     *                       gradient method (step size of a fixed-step method included); the tape is switched on
     *                       here when backprop needs it
     * @param norm           the adjoint's error norm (ignored by backprop)
     */
    public static Result compute(NeuralOdeModel model, double[] inputs, int[] labels, double horizon,
                                 SolverOptions forwardOptions, GradientMethod method, AdjointNorm norm) {
        int classes = model.config().outputDimension();
        int points = labels.length;
        if (points == 0 || inputs.length != (long) points * model.config().inputDimension()) {
            throw new IllegalArgumentException("need at least one point, with " + model.config().inputDimension()
                    + " inputs each (got " + inputs.length + " inputs for " + points + " labels)");
        }
        boolean tape = method == GradientMethod.BACKPROP;
        if (tape && forwardOptions.method() == Method.VERLET) {
            // Verlet keeps no tape; the trainer switches such a run to rk4, and so must the caller.
            throw new IllegalArgumentException("backprop cannot go through Verlet steps (they keep no tape); "
                    + "use rk4 at the same step size, as the trainer does");
        }
        SolverOptions options = forwardOptions.withRecordSteps(tape);
        double[] start = new double[points * model.stateDimension()];
        model.initialState(inputs, start);
        Solution forward = OdeSolver.solve(model.field(), start, new double[] {0, horizon}, options);
        if (!forward.isSuccess()) {
            return failure(forward.statistics().nfe(), 0, "the forward solve stopped: " + forward.message());
        }

        double[] gradient = new double[model.parameterCount()];
        double[] last = forward.finalState();
        double[] logits = new double[points * classes];
        model.readout(last, logits);
        double[] logitCotangent = new double[logits.length];
        double loss = Losses.crossEntropy(logits, labels, classes, logitCotangent);
        double[] stateCotangent = new double[last.length];
        model.readoutGradient(last, logitCotangent, stateCotangent, gradient);

        // Only the state at T enters the loss: no cotangent at t = 0.
        double[][] cotangents = {null, stateCotangent};
        Gradient back = tape
                ? Backprop.gradient(model.field(), forward, cotangents)
                : Adjoint.gradient(model.field(), forward, cotangents, adjointOptions(model, options, norm));
        if (!back.isSuccess()) {
            return failure(forward.statistics().nfe(), back.backwardEvaluations(),
                    "the backward pass stopped: " + back.message());
        }
        double[] fieldGradient = back.parameters();
        for (int i = 0; i < fieldGradient.length; i++) {
            gradient[i] += fieldGradient[i];
        }
        model.initialStateGradient(inputs, back.initialState(), gradient);
        return new Result(loss, forward.statistics().nfe(), back.backwardEvaluations(), gradient, null);
    }

    /**
     * The adjoint's backward solve, as the trainer sets it up: the forward options, except that the adjoint
     * system is never a split system, so a Verlet forward solve gets rk4 at the same step backward; and the
     * error norm over [y, a, g], with the field's own parameter tensors as the mixed norm's blocks.
     */
    public static AdjointOptions adjointOptions(NeuralOdeModel model, SolverOptions forward, AdjointNorm norm) {
        SolverOptions options = forward.withRecordSteps(false);
        if (options.method() == Method.VERLET) {
            options = options.withMethod(Method.RK4);
        }
        return new AdjointOptions(options, norm, model.fieldParameterBlocks());
    }

    private static Result failure(long nfeForward, long nfeBackward, String problem) {
        return new Result(Double.NaN, nfeForward, nfeBackward, null, problem);
    }
}
