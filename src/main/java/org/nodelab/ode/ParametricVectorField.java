package org.nodelab.ode;

/**
 * A vector field with a flat parameter vector θ and reverse-mode derivatives, which is all the adjoint and
 * backprop gradients need. The engine never looks inside θ: a neural network, a matrix or a single damping
 * coefficient are all just numbers here.
 */
public interface ParametricVectorField extends VectorField {

    /** Length of θ. */
    int parameterCount();

    /**
     * Vector–Jacobian products at a batch state: {@code stateCotangent = cᵀ ∂f/∂y} (overwritten, batch-shaped)
     * and {@code parameterCotangent += cᵀ ∂f/∂θ} (accumulated, summed over the batch).
     */
    void vectorJacobianProduct(double t, double[] y, double[] cotangent,
                               double[] stateCotangent, double[] parameterCotangent);
}
