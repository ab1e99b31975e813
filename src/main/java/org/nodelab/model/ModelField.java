package org.nodelab.model;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.ParametricVectorField;

/**
 * The vector field of a model family over its first-order state. θ is the leading slice of the model's flat
 * parameter vector, which the field reads in place; {@link #jacobian} is the full first-order system Jacobian.
 */
public interface ModelField extends ParametricVectorField, AnalyticJacobian {

    /** Refreshes anything derived from θ (ND4J weight copies, the matrix K). */
    void parametersChanged();

    /** The live value of a knob; only called for one of its family's {@link ModelFamily#knobs()}. */
    default double knob(Knob knob) {
        throw new IllegalArgumentException("this field has no " + knob + " knob");
    }

    /**
     * Sets a knob live, for the next evaluation; only called for one of its family's {@link ModelFamily#knobs()}.
     * Throws IllegalArgumentException for a value out of range.
     */
    default void setKnob(Knob knob, double value) {
        throw new IllegalArgumentException("this field has no " + knob + " knob");
    }

    /** Frees native (off-heap) buffers now, for fields built on an {@link Mlp}; the field is unusable after. */
    default void close() {
    }
}
