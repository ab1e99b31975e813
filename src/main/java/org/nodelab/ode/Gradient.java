package org.nodelab.ode;

/**
 * Gradients of a loss with respect to the initial state and the parameters, and what the backward pass cost.
 *
 * @param backwardEvaluations vector-field evaluations in the backward pass (torchdiffeq's NFE-B)
 * @param vectorJacobianProducts vector–Jacobian products taken
 * @param result the backward solve's result; anything but SUCCESS means the gradients are not to be trusted
 * @param penalty the value of an error penalty whose gradient is included (0 when none was asked for)
 */
public record Gradient(double[] initialState, double[] parameters, long backwardEvaluations,
                       long vectorJacobianProducts, ResultCode result, String message, double penalty) {

    public Gradient(double[] initialState, double[] parameters, long backwardEvaluations, long vectorJacobianProducts,
                    ResultCode result, String message) {
        this(initialState, parameters, backwardEvaluations, vectorJacobianProducts, result, message, 0);
    }

    public boolean isSuccess() {
        return result.isSuccess();
    }
}
