package org.nodelab.session.compare;

/**
 * TensorBoard's curve smoothing: an exponential moving average with weight w, debiased so that the first points
 * are not pulled towards zero (each smoothed value divides by 1 − wⁿ, n the finite points seen so far). A point
 * that is not finite (a failed iteration) stays NaN and does not enter the average.
 */
public final class Smoothing {

    /** The weights the compare window offers: off, then increasingly smooth. */
    public static final double[] WEIGHTS = {0, 0.6, 0.8, 0.9, 0.95};

    private Smoothing() {
    }

    /** @param weight in [0, 1): 0 returns a copy of {@code y} */
    public static double[] ema(double[] y, double weight) {
        if (!(weight >= 0) || !(weight < 1)) {
            throw new IllegalArgumentException("a smoothing weight must be in [0, 1), not " + weight);
        }
        double[] out = new double[y.length];
        double last = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                out[i] = Double.NaN;
                continue;
            }
            n++;
            last = last * weight + (1 - weight) * y[i];
            out[i] = weight == 0 ? y[i] : last / (1 - Math.pow(weight, n));
        }
        return out;
    }
}
