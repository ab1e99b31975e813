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

    /** Frees native (off-heap) buffers now, for fields built on an {@link Mlp}; the field is unusable after. */
    default void close() {
    }
}
