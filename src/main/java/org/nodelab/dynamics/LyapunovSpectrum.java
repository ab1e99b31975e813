package org.nodelab.dynamics;

import java.util.Arrays;

import org.nodelab.ode.ResultCode;
import org.nodelab.ode.VectorField;

/**
 * The Lyapunov spectrum of a trajectory by Benettin's QR method (Benettin et al. 1980; Shimada and Nagashima
 * 1979): the state and k tangent vectors are solved together as one augmented system, re-orthonormalized
 * every renormalization interval, and the exponents are the time averages of log |R_ii|.
 */
public final class LyapunovSpectrum {

    private LyapunovSpectrum() {
    }

    /**
     * @param y0 one point of the field (length {@code field.dimension()}), at {@code options.startTime()}
     * @throws IllegalArgumentException for bad arguments only; numerical trouble comes back in the result
     */
    public static LyapunovResult compute(VectorField field, double[] y0, LyapunovOptions options) {
        int n = field.dimension();
        if (y0.length != n) {
            throw new IllegalArgumentException("the initial point has " + y0.length
                    + " components; the field has " + n + " dimensions");
        }
        int count = options.count() == 0 ? n : options.count();
        if (count > n) {
            throw new IllegalArgumentException("a " + n + "-dimensional system has " + n + " exponents, not "
                    + count);
        }
        double interval = options.renormalizationInterval();
        double averagingStart = options.startTime() + options.transientTime();
        // The whole run's renormalizations are checked before any work, transient and averaging together.
        TangentFlow.segments(options.startTime(), averagingStart + options.averagingTime(), interval);
        TangentFlow flow = new TangentFlow(field, count, y0, options.startTime(), options.solver(),
                options.maxTotalSteps());

        // The transient also turns the tangent vectors towards the Lyapunov directions; its sums are discarded.
        if (!flow.advance(averagingStart, interval, new double[count])) {
            return result(new double[count], 0, 0, flow);
        }
        int transientRenormalizations = flow.renormalizations();
        double[] logSums = new double[count];
        flow.advance(averagingStart + options.averagingTime(), interval, logSums);
        return result(logSums, flow.time() - averagingStart, flow.renormalizations() - transientRenormalizations,
                flow);
    }

    private static LyapunovResult result(double[] logSums, double averagedTime, int renormalizations,
                                         TangentFlow flow) {
        double[] exponents = new double[logSums.length];
        for (int j = 0; j < exponents.length; j++) {
            exponents[j] = averagedTime > 0 ? logSums[j] / averagedTime : Double.NaN;
        }
        sortDescending(exponents);
        String message = flow.result() == ResultCode.SUCCESS
                ? "averaged over " + averagedTime + " time units, " + renormalizations + " renormalizations"
                : flow.message() + " (exponents are averages up to t = " + flow.time() + ")";
        return new LyapunovResult(exponents, KaplanYorke.dimension(exponents), averagedTime, flow.evaluations(),
                renormalizations, flow.result(), message);
    }

    /** Descending order, NaN last. */
    static void sortDescending(double[] values) {
        Arrays.sort(values);
        int nanCount = 0;
        while (nanCount < values.length && Double.isNaN(values[values.length - 1 - nanCount])) {
            nanCount++;
        }
        int finite = values.length - nanCount;
        for (int i = 0; i < finite / 2; i++) {
            double swap = values[i];
            values[i] = values[finite - 1 - i];
            values[finite - 1 - i] = swap;
        }
    }
}
