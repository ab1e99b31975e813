package org.nodelab.ode;

/**
 * The norm an adaptive solve measures scaled errors with, in the step controller's acceptance test and in
 * Hairer's first-step rule alike (torchdiffeq passes one {@code norm} to both).
 */
interface ErrorNorm {

    /** ‖err / (atol + rtol · max(|y0|, |y1|))‖: the error ratio a step is accepted on (≤ 1). */
    double errorRatio(double[] error, double[] y0, double[] y1, double rtol, double atol);

    /** ‖v / (atol + rtol · |y0|)‖, for the first-step rule. */
    double scaled(double[] v, double[] y0, double rtol, double atol);

    /** One RMS over every component of the batch: what every solve uses unless an adjoint asks otherwise. */
    ErrorNorm RMS = new ErrorNorm() {
        @Override
        public double errorRatio(double[] error, double[] y0, double[] y1, double rtol, double atol) {
            return Norms.errorRatio(error, y0, y1, rtol, atol);
        }

        @Override
        public double scaled(double[] v, double[] y0, double rtol, double atol) {
            return Norms.scaledRms(v, y0, rtol, atol);
        }
    };
}
