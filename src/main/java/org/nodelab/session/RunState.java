package org.nodelab.session;

/** Where a session's trainer is. */
public enum RunState {
    /** Building the model and the data (the first build also loads ND4J's native libraries). */
    LOADING,
    /** Built and ready, no iteration yet (after start-up or a reset). */
    READY,
    RUNNING,
    PAUSED,
    /** Paused by a fault: divergence, step-size underflow or the step limit. The reason is in the snapshot. */
    FAULTED,
    /** The session was closed; its thread has ended. */
    CLOSED
}
