package org.nodelab.dynamics;

/**
 * All roots of a polynomial with complex coefficients by the Aberth–Ehrlich iteration. Hipparchus's
 * LaguerreSolver takes real coefficients only, and R(z) − e^{iθ} has a complex constant term.
 *
 * <p>The iteration can start from the previous roots of a nearby polynomial, which is what makes root-locus
 * tracing cheap: each root then moves only a little and keeps its index.
 */
final class PolynomialRoots {

    private static final int MAX_ITERATIONS = 500;

    private PolynomialRoots() {
    }

    /**
     * Refines {@code rootsRe/rootsIm} (length = degree, the starting guesses) in place into the roots of
     * Σ (cRe[k] + i cIm[k]) z^k. The leading coefficient must not be zero.
     *
     * @return true when every correction fell below rounding level
     */
    static boolean refine(double[] cRe, double[] cIm, double[] rootsRe, double[] rootsIm) {
        int m = rootsRe.length;
        double[] value = new double[4];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean settled = true;
            for (int i = 0; i < m; i++) {
                double zr = rootsRe[i];
                double zi = rootsIm[i];
                evaluateWithDerivative(cRe, cIm, zr, zi, value);
                double pr = value[0];
                double pi = value[1];
                if (pr == 0 && pi == 0) {
                    continue;
                }
                // Newton ratio N = P / P'.
                double[] ratio = divide(pr, pi, value[2], value[3]);
                // Aberth's repulsion from the other roots: S = Σ 1 / (z_i − z_j).
                double sr = 0;
                double si = 0;
                for (int j = 0; j < m; j++) {
                    if (j != i) {
                        double[] inverse = divide(1, 0, zr - rootsRe[j], zi - rootsIm[j]);
                        sr += inverse[0];
                        si += inverse[1];
                    }
                }
                // correction = N / (1 − N·S)
                double denominatorRe = 1 - (ratio[0] * sr - ratio[1] * si);
                double denominatorIm = -(ratio[0] * si + ratio[1] * sr);
                double[] correction = divide(ratio[0], ratio[1], denominatorRe, denominatorIm);
                if (!Double.isFinite(correction[0]) || !Double.isFinite(correction[1])) {
                    // Coinciding guesses: nudge apart instead of producing NaN.
                    rootsRe[i] += 1e-8 * (1 + i);
                    rootsIm[i] += 1e-8;
                    settled = false;
                    continue;
                }
                rootsRe[i] = zr - correction[0];
                rootsIm[i] = zi - correction[1];
                if (Math.hypot(correction[0], correction[1]) > 1e-14 * (1 + Math.hypot(zr, zi))) {
                    settled = false;
                }
            }
            if (settled) {
                return true;
            }
        }
        return false;
    }

    /** Starting guesses spread on a circle that encloses every root (Cauchy's bound), off the real axis. */
    static void initialGuesses(double[] cRe, double[] cIm, double[] rootsRe, double[] rootsIm) {
        int m = rootsRe.length;
        double leading = Math.hypot(cRe[m], cIm[m]);
        double bound = 0;
        for (int k = 0; k < m; k++) {
            bound = Math.max(bound, Math.hypot(cRe[k], cIm[k]) / leading);
        }
        double radius = 1 + bound;
        for (int i = 0; i < m; i++) {
            double angle = 2 * Math.PI * i / m + 0.4;
            rootsRe[i] = radius * Math.cos(angle);
            rootsIm[i] = radius * Math.sin(angle);
        }
    }

    /** Horner's rule for P and P' together: out = {Re P, Im P, Re P', Im P'}. */
    static void evaluateWithDerivative(double[] cRe, double[] cIm, double zr, double zi, double[] out) {
        int degree = cRe.length - 1;
        double pr = cRe[degree];
        double pi = cIm[degree];
        double dr = 0;
        double di = 0;
        for (int k = degree - 1; k >= 0; k--) {
            double nextDr = dr * zr - di * zi + pr;
            double nextDi = dr * zi + di * zr + pi;
            dr = nextDr;
            di = nextDi;
            double nextPr = pr * zr - pi * zi + cRe[k];
            double nextPi = pr * zi + pi * zr + cIm[k];
            pr = nextPr;
            pi = nextPi;
        }
        out[0] = pr;
        out[1] = pi;
        out[2] = dr;
        out[3] = di;
    }

    private static double[] divide(double ar, double ai, double br, double bi) {
        double denominator = br * br + bi * bi;
        return new double[] {(ar * br + ai * bi) / denominator, (ai * br - ar * bi) / denominator};
    }
}
