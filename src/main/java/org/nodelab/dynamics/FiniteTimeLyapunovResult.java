package org.nodelab.dynamics;

import org.nodelab.ode.ResultCode;

/**
 * Finite-time Lyapunov exponents of many points over one time span (see {@link FiniteTimeLyapunov}).
 *
 * @param exponents            {@code exponents[p]} are point p's leading exponents, largest first
 * @param mean                 the average over points of each exponent (the j-th largest with the j-th largest)
 * @param finalPoints          where each point's trajectory ended, row-major like the input
 * @param functionEvaluations  calls of the vector field for the whole batch
 * @param result               the solver's verdict; on failure every exponent is NaN, since the batch is one solve
 */
public record FiniteTimeLyapunovResult(double[][] exponents, double[] mean, double[] finalPoints,
                                       long functionEvaluations, ResultCode result, String message) {

    public boolean isSuccess() {
        return result.isSuccess();
    }

    /** Each point's largest exponent, the usual scalar FTLE field for a heat map. */
    public double[] leading() {
        double[] leading = new double[exponents.length];
        for (int p = 0; p < exponents.length; p++) {
            leading[p] = exponents[p][0];
        }
        return leading;
    }
}
