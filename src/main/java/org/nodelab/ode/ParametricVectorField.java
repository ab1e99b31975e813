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

    /**
     * The same products, and also cᵀ ∂f/∂t summed over the batch, returned. The adjoint integrates it beside
     * the parameter gradient (torchdiffeq's {@code vjp_t}), and torchdiffeq's adjoint norms count its error, so a
     * field whose f depends on t explicitly must override this for NFE-B to be torchdiffeq's. The default is
     * right for an autonomous field: ∂f/∂t = 0.
     */
    default double vectorJacobianProductWithTime(double t, double[] y, double[] cotangent,
                                                 double[] stateCotangent, double[] parameterCotangent) {
        vectorJacobianProduct(t, y, cotangent, stateCotangent, parameterCotangent);
        return 0;
    }
}
