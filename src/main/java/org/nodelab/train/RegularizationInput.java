package org.nodelab.train;

import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Gradient;
import org.nodelab.ode.ParametricVectorField;
import org.nodelab.ode.Solution;

/**
 * What a {@link Regularizer} may look at once an iteration's forward and backward passes are done.
 *
 * @param field         the model's field as the solves saw it (timed)
 * @param sampleTime    the regularizer's own t_r, or NaN
 * @param sampledState  the batch state at t_r (one of the forward solve's outputs), or null
 * @param inputs        the batch's inputs, through which an initial-state gradient reaches the parameters
 * @param backward      the backward pass just taken
 * @param iteration     the number of the iteration being computed (1 for the first)
 */
record RegularizationInput(NeuralOdeModel model, ParametricVectorField field, Solution forward, double[] times,
                           double sampleTime, double[] sampledState, double[] inputs, Gradient backward,
                           GradientMethod gradientMethod, int iteration) {

    /** Adds a field gradient into {@code gradient}: dθ directly, dy0 through the model's initial state. */
    static void addFieldGradient(NeuralOdeModel model, double[] inputs, Gradient g, double[] gradient) {
        double[] fieldGradient = g.parameters();
        for (int i = 0; i < fieldGradient.length; i++) {
            gradient[i] += fieldGradient[i];
        }
        model.initialStateGradient(inputs, g.initialState(), gradient);
    }

    /** λ · g added into the field's part of {@code gradient}. */
    static void addScaled(double lambda, double[] g, double[] gradient) {
        for (int i = 0; i < g.length; i++) {
            gradient[i] += lambda * g[i];
        }
    }
}
