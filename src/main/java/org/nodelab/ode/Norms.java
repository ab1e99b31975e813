package org.nodelab.ode;

/** The norms the step controller uses: RMS over every component of the batch, as torchdiffeq does. */
final class Norms {

    private Norms() {
    }

    /** rms(err / (atol + rtol · max(|y0|, |y1|))). NaN or Inf in any input gives a non-finite result. */
    static double errorRatio(double[] error, double[] y0, double[] y1, double rtol, double atol) {
        double sum = 0;
        for (int j = 0; j < error.length; j++) {
            double scale = atol + rtol * Math.max(Math.abs(y0[j]), Math.abs(y1[j]));
            double r = error[j] / scale;
            sum += r * r;
        }
        return Math.sqrt(sum / error.length);
    }

    /** rms(v / scale) with scale = atol + rtol·|y0|. */
    static double scaledRms(double[] v, double[] y0, double rtol, double atol) {
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            double r = v[j] / (atol + rtol * Math.abs(y0[j]));
            sum += r * r;
        }
        return Math.sqrt(sum / v.length);
    }

    static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
