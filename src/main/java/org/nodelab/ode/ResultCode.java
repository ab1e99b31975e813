package org.nodelab.ode;

/** How a solve ended. Every code other than {@link #SUCCESS} comes with the last good time and state. */
public enum ResultCode {
    SUCCESS,
    /** The adaptive step shrank until t + h could no longer be told apart from t. */
    STEP_SIZE_UNDERFLOW,
    /** The solver tried {@code maxSteps} steps (accepted plus rejected) before reaching the end. */
    MAX_STEPS_REACHED,
    /** The state or the vector field became NaN or infinite. */
    NON_FINITE_STATE;

    public boolean isSuccess() {
        return this == SUCCESS;
    }
}
