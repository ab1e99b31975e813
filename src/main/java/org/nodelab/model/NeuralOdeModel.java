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

    /** Outputs (logits or values) from a batch of final states (batch × outputDimension); reads the first d numbers of each row. */
    void readout(double[] finalState, double[] outputs);

    /**
     * Given dL/d(outputs): writes dL/d(final state) into {@code stateCotangent} and adds dL/dθ of the readout
     * into {@code gradient} (full length).
     */
    void readoutGradient(double[] finalState, double[] outputCotangent, double[] stateCotangent, double[] gradient);

    /** Length of the flat parameter vector. */
    default int parameterCount() {
        return parameters().length;
    }

    /** d = inputDimension + augment: the hidden state h that the readout sees (the first d numbers of a row). */
    int hiddenDimension();

    /** Where the input map's parameters start in {@link #parameters()} (= field().parameterCount()). */
    int inputMapOffset();

    /** Where the readout's parameters start in {@link #parameters()}. */
    int readoutOffset();

    /** The knobs this family has (may be empty). */
    java.util.Set<Knob> knobs();

    /** The live value of a knob; throws IllegalArgumentException for a knob the family does not have. */
    double knob(Knob knob);

    /**
     * Changes a knob live: the next field evaluation uses it and {@link #config()} reports it. Throws
     * IllegalArgumentException for a knob the family does not have or a value out of range.
     */
    void setKnob(Knob knob, double value);

    /** Shorthand for {@code knob(Knob.DAMPING)}. */
    default double damping() {
        return knob(Knob.DAMPING);
    }

    /** Shorthand for {@code setKnob(Knob.DAMPING, gamma)}. */
    default void setDamping(double gamma) {
        setKnob(Knob.DAMPING, gamma);
    }

    /** Shorthand for {@code knob(Knob.XI)}. */
    default double xi() {
        return knob(Knob.XI);
    }

    /** Shorthand for {@code setKnob(Knob.XI, xi)}. */
    default void setXi(double xi) {
        setKnob(Knob.XI, xi);
    }

    /** Frees native (off-heap) buffers now rather than at garbage collection; the model is unusable after. */
    default void close() {
    }

    /** The solver this family integrates with by default (Verlet for the Hamiltonian network). */
    default org.nodelab.ode.Method preferredMethod() {
        return family().preferredMethod();
    }

    /** The documented blocks of {@link #parameters()}, in order (what a model file labels its weights with). */
    default java.util.List<ParameterBlock> parameterLayout() {
        return family().parameterLayout(this);
    }

    /**
     * The lengths of the field's own parameter tensors, in the order they lie at the front of θ: what
     * torchdiffeq's mixed adjoint norm controls one by one (each W and b of each layer, γ on its own), so that
     * a large weight matrix cannot dilute the error of a small bias or of the damping.
     */
    default int[] fieldParameterBlocks() {
        int count = field().parameterCount();
        int[] lengths = parameterLayout().stream().filter(b -> b.offset() < count)
                .mapToInt(ParameterBlock::size).toArray();
        if (java.util.Arrays.stream(lengths).sum() != count) {
            throw new IllegalStateException("the field's documented blocks do not cover its " + count
                    + " parameters");
        }
        return lengths;
    }
}
