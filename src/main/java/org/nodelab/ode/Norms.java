package org.nodelab.ode;

/** The norms the step controller uses: RMS over every component of the batch, as torchdiffeq does. */
final class Norms {

    private Norms() {
    }

    /** rms(err / (atol + rtol · max(|y0|, |y1|))). NaN or Inf in any input gives a non-finite result. */
    static double errorRatio(double[] error, double[] y0, double[] y1, double rtol, double atol) {
        return rms(error, y0, y1, rtol, atol, 0, error.length);
    }

    /** rms(v / scale) with scale = atol + rtol·|y0|. */
    static double scaledRms(double[] v, double[] y0, double rtol, double atol) {
        return rms(v, y0, y0, rtol, atol, 0, v.length);
    }

    /**
     * rms over [from, to) of v / (atol + rtol · max(|y0|, |y1|)), computed exactly as torchdiffeq does, with two
     * repairs where its arithmetic gives no answer at all. A component that is exactly zero with a zero scale
     * (atol = 0 at a zero state) is exact, so it counts as zero rather than 0/0 = NaN: x' = −x from x = 0 with
     * atol = 0 is solved, not "blown up". And when the squares overflow (a tolerance far below the error), the
     * sum is redone scaled by its largest term, so the ratio is the huge finite number it is and the step size
     * control can act on it; the usual case is untouched, bit for bit.
     */
    static double rms(double[] v, double[] y0, double[] y1, double rtol, double atol, int from, int to) {
        double sum = 0;
        for (int j = from; j < to; j++) {
            double scale = atol + rtol * Math.max(Math.abs(y0[j]), Math.abs(y1[j]));
            if (v[j] == 0 && scale == 0) {
                continue;
            }
            double r = v[j] / scale;
            sum += r * r;
        }
        double norm = Math.sqrt(sum / (to - from));
        return norm == Double.POSITIVE_INFINITY ? scaledRms(v, y0, y1, rtol, atol, from, to) : norm;
    }

    /** max|r| · rms(r / max|r|): the same RMS without overflow; still Inf or NaN if a term itself is. */
    private static double scaledRms(double[] v, double[] y0, double[] y1, double rtol, double atol, int from, int to) {
        double largest = 0;
        for (int j = from; j < to; j++) {
            double scale = atol + rtol * Math.max(Math.abs(y0[j]), Math.abs(y1[j]));
            if (v[j] != 0 || scale != 0) {
                largest = Math.max(largest, Math.abs(v[j] / scale));
            }
        }
        if (!Double.isFinite(largest)) {
            return largest;
        }
        double sum = 0;
        for (int j = from; j < to; j++) {
            double scale = atol + rtol * Math.max(Math.abs(y0[j]), Math.abs(y1[j]));
            if (v[j] != 0 || scale != 0) {
                double r = v[j] / scale / largest;
                sum += r * r;
            }
        }
        return largest * Math.sqrt(sum / (to - from));
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
