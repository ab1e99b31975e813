package org.nodelab.ode;

/**
 * torchdiffeq's step-size rules (science.md §2): the next step is h · min(10, max(0.9 · ratio^(−1/order),
 * dfactor)) with dfactor = 1 after a step whose ratio is below 1 (it never shrinks then) and 0.2 otherwise;
 * the first step comes from Hairer's rule, measured with the solve's error norm (RMS unless an adjoint
 * asks for another).
 */
final class StepSizeController {

    static final double SAFETY = 0.9;
    static final double MAX_FACTOR = 10.0;
    static final double MIN_FACTOR = 0.2;

    private final double exponent;

    StepSizeController(int order) {
        this.exponent = 1.0 / order;
    }

    double nextStep(double h, double ratio) {
        if (!Double.isFinite(ratio)) {
            return h * MIN_FACTOR;
        }
        if (ratio == 0) {
            return h * MAX_FACTOR;
        }
        double dfactor = ratio < 1 ? 1.0 : MIN_FACTOR;
        double factor = Math.min(MAX_FACTOR, Math.max(SAFETY / Math.pow(ratio, exponent), dfactor));
        return h * factor;
    }

    /** One counted evaluation of the right-hand side, so that the first-step rule's evaluation is in the NFE. */
    @FunctionalInterface
    interface Rate {
        void evaluate(double t, double[] y, double[] out);
    }

    /**
     * Hairer's starting step (Solving ODEs I, II.4), as torchdiffeq computes it; costs one evaluation.
     *
     * @param direction +1 forward in time, −1 backward
     */
    double initialStep(Rate rate, ErrorNorm norm, double t0, double[] y0, double[] f0, double rtol, double atol,
                       double direction, double[] scratchY, double[] scratchF) {
        double d0 = norm.scaled(y0, y0, rtol, atol);
        double d1 = norm.scaled(f0, y0, rtol, atol);
        double h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
        for (int j = 0; j < y0.length; j++) {
            scratchY[j] = y0[j] + direction * h0 * f0[j];
        }
        rate.evaluate(t0 + direction * h0, scratchY, scratchF);
        for (int j = 0; j < y0.length; j++) {
            scratchF[j] -= f0[j];
        }
        double d2 = norm.scaled(scratchF, y0, rtol, atol) / h0;
        double h1;
        if (d1 <= 1e-15 && d2 <= 1e-15) {
            h1 = Math.max(1e-6, h0 * 1e-3);
        } else {
            h1 = Math.pow(0.01 / Math.max(d1, d2), exponent);
        }
        double h = Math.min(100 * h0, h1);
        return Double.isFinite(h) && h > 0 ? h : 1e-6;
    }
}
