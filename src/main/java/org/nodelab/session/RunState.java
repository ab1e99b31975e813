package org.nodelab.session;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a session's trainer is. The legal moves between states live here, in one place, so that the session
 * cannot drift into a combination no view knows how to show (RUNNING with no model, say, or back from CLOSED).
 */
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
    CLOSED;

    /**
     * Whether a session in this state may move to {@code next}. Staying put is legal everywhere but CLOSED
     * (another iteration while RUNNING, a re-analysis while READY). A rebuild (reset, or a config that restarts
     * the run) goes through LOADING from anywhere; a build ends READY or FAULTED; iterations need a built model,
     * so LOADING never goes straight to RUNNING or PAUSED; a fault (or an internal error) can strike anywhere;
     * CLOSED is the end.
     */
    public boolean canBecome(RunState next) {
        return successors().contains(next);
    }

    /** The states this one may move to (itself included, except for CLOSED). */
    public Set<RunState> successors() {
        return switch (this) {
            case LOADING -> EnumSet.of(LOADING, READY, FAULTED, CLOSED);
            // After a fault a live change (looser tolerance, say) lets the run go on from the same model.
            case READY, RUNNING, PAUSED, FAULTED -> EnumSet.of(LOADING, RUNNING, PAUSED, FAULTED, CLOSED, this);
            case CLOSED -> EnumSet.noneOf(RunState.class);
        };
    }
}
