package org.nodelab.ode;

/**
 * The outcome of one solve. A solve never throws for numerical trouble: it returns a {@link ResultCode},
 * a plain-words message, the last good time and state, and the outputs it reached before stopping.
 *
 * @param times       the requested output times
 * @param states      one batch state per output time reached, in order ({@code states.length <= times.length})
 * @param lastTime    the time of the last good state: the end of the last accepted step
 * @param lastState   the last good state, a private copy
 * @param tape        the accepted steps, when {@link SolverOptions#recordSteps()} asked for them; else null
 */
public record Solution(double[] times, double[][] states, ResultCode result, String message,
                       double lastTime, double[] lastState, SolveStatistics statistics, StepTape tape) {

    public boolean isSuccess() {
        return result.isSuccess();
    }

    /** The state at the last requested time; only meaningful when the solve succeeded. */
    public double[] finalState() {
        return states[states.length - 1];
    }
}
