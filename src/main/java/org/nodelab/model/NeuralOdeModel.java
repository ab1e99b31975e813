package org.nodelab.model;

import org.nodelab.ode.ParametricVectorField;

/**
 * A trainable neural ODE: an input map (inputs → initial first-order state), a vector field over that state,
 * and a readout (final state → outputs). All parameters live in one flat vector, laid out as
 * [field | input map | readout], so one optimizer and one file format serve every family.
 *
 * <p>Batches are row-major double arrays, as in {@link org.nodelab.ode.VectorField}. Gradient methods
 * accumulate ({@code +=}) into full-length gradient arrays at the right offsets. Instances are not
 * thread-safe: the trainer owns its model.
 */
public interface NeuralOdeModel {

    ModelConfig config();

    default ModelFamily family() {
        return config().family();
    }

    /** Dimension of one point's first-order state (e.g. 2·d for HBNODE: [h, m]). */
    int stateDimension();

    /** The vector field; its θ is the slice [0, field().parameterCount()) of {@link #parameters()}. */
    ParametricVectorField field();

    /** The live flat parameter vector; after changing it, call {@link #parametersChanged()}. */
    double[] parameters();

    /** Lets the model refresh anything derived from the parameters (e.g. ND4J copies of the weights). */
    void parametersChanged();

    /** Initial first-order states for a batch of inputs (batch × inputDimension → batch × stateDimension). */
    void initialState(double[] inputs, double[] state);

    /** Given dL/d(initial state), adds dL/dθ of the input map into {@code gradient} (full length). */
    void initialStateGradient(double[] inputs, double[] stateCotangent, double[] gradient);

    /** Outputs (logits or values) from a batch of final states (batch × outputDimension). */
    void readout(double[] finalState, double[] outputs);

    /**
     * Given dL/d(outputs): writes dL/d(final state) into {@code stateCotangent} and adds dL/dθ of the readout
     * into {@code gradient} (full length).
     */
    void readoutGradient(double[] finalState, double[] outputCotangent, double[] stateCotangent, double[] gradient);

    /** The solver this family integrates with by default (Verlet for the Hamiltonian network). */
    default org.nodelab.ode.Method preferredMethod() {
        return family() == ModelFamily.HAMILTONIAN ? org.nodelab.ode.Method.VERLET : org.nodelab.ode.Method.DOPRI5;
    }
}
