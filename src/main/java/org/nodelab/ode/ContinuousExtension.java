package org.nodelab.ode;

/**
 * Dense output of one Runge–Kutta step as stage weights: y(t0 + θh) = y0 + h · Σ w_i(θ) k_i, θ ∈ [0, 1].
 *
 * <p>Writing every interpolant in this form keeps dense output linear in (y0, k), which is what lets
 * backprop pass through an output time that falls inside a step.
 */
@FunctionalInterface
public interface ContinuousExtension {

    /** Writes w_i(θ) for every stage i into {@code weights}. */
    void weights(double theta, double[] weights);

    /**
     * torchdiffeq's quartic: the polynomial through y0, y1 and a midpoint value y(½) = y0 + h Σ m_i k_i,
     * matching f0 = k_0 and f1 = k_last at the ends. Requires a first-same-as-last method.
     */
    static ContinuousExtension quarticThroughMidpoint(double[] b, double[] mid) {
        int s = b.length;
        int last = s - 1;
        return (x, w) -> {
            double x2 = x * x;
            double x3 = x2 * x;
            double x4 = x3 * x;
            for (int i = 0; i < s; i++) {
                double first = i == 0 ? 1 : 0;
                double fsal = i == last ? 1 : 0;
                w[i] = x * first
                        + x2 * (fsal - 4 * first - 5 * b[i] + 16 * mid[i])
                        + x3 * (5 * first - 3 * fsal + 14 * b[i] - 32 * mid[i])
                        + x4 * (2 * fsal - 2 * first - 8 * b[i] + 16 * mid[i]);
            }
        };
    }

    /** The cubic Hermite interpolant from y0, y1, f0 = k_0 and f1 = k_last (first-same-as-last methods). */
    static ContinuousExtension cubicHermite(double[] b) {
        int s = b.length;
        int last = s - 1;
        return (x, w) -> {
            double bubble = x * (x - 1);
            for (int i = 0; i < s; i++) {
                double first = i == 0 ? 1 : 0;
                double fsal = i == last ? 1 : 0;
                w[i] = x * b[i] + bubble * ((1 - 2 * x) * b[i] + (x - 1) * first + x * fsal);
            }
        };
    }

    /** Weights given as polynomials in θ: {@code coefficients[i][p]} multiplies θ^(p+1). */
    static ContinuousExtension polynomial(double[][] coefficients) {
        return (x, w) -> {
            for (int i = 0; i < coefficients.length; i++) {
                double acc = 0;
                double[] c = coefficients[i];
                for (int p = c.length - 1; p >= 0; p--) {
                    acc = acc * x + c[p];
                }
                w[i] = acc * x;
            }
        };
    }
}
