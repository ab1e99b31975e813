package org.nodelab.dynamics;

import org.nodelab.ode.ResultCode;

/**
 * A Lyapunov spectrum estimate. When a segment's solve fails, {@code result} and {@code message} are the
 * solver's, and the exponents are the averages up to the last completed renormalization (NaN if averaging had
 * not started): a partial answer the user can judge, never an exception.
 *
 * @param exponents             largest first
 * @param kaplanYorkeDimension  from {@link KaplanYorke#dimension}; with a partial spectrum only a lower bound
 * @param averagedTime          time actually averaged over (the requested averaging time on success)
 * @param functionEvaluations   calls of the vector field, transient included
 * @param renormalizations      re-orthonormalizations that contributed to the averages
 */
public record LyapunovResult(double[] exponents, double kaplanYorkeDimension, double averagedTime,
                             long functionEvaluations, int renormalizations, ResultCode result, String message) {

    public boolean isSuccess() {
        return result.isSuccess();
    }

    /** Sum of the exponents: the average rate of phase-space volume change when the spectrum is complete. */
    public double sum() {
        double s = 0;
        for (double e : exponents) {
            s += e;
        }
        return s;
    }
}
