package org.nodelab.ode;

/**
 * An explicit Runge–Kutta method: nodes c, lower-triangular matrix a (row i holds a_i0 … a_i,i-1), weights b,
 * and for embedded pairs the error weights e = b − b̂.
 *
 * @param order            order of the propagated solution; the step controller uses 1/order
 * @param firstSameAsLast  the last stage is f(t + h, y1), so it is the next step's first stage
 */
public record ButcherTableau(String name, double[] c, double[][] a, double[] b, double[] errorWeights,
                             int order, boolean firstSameAsLast, ContinuousExtension denseOutput) {

    public ButcherTableau {
        int s = b.length;
        if (c.length != s || a.length != s) {
            throw new IllegalArgumentException(name + ": c, a and b must have one entry per stage");
        }
        for (int i = 0; i < s; i++) {
            if (a[i].length != i) {
                throw new IllegalArgumentException(name + ": row " + i + " of a must have " + i + " entries");
            }
        }
        if (firstSameAsLast && (c[s - 1] != 1 || !java.util.Arrays.equals(a[s - 1], java.util.Arrays.copyOf(b, s - 1))
                || b[s - 1] != 0)) {
            // The stepper writes the last stage's input straight into y1, which is only right in this case.
            throw new IllegalArgumentException(name + ": first-same-as-last needs c_last = 1, a_last = b, b_last = 0");
        }
        if (errorWeights != null && errorWeights.length != s) {
            throw new IllegalArgumentException(name + ": error weights must have one entry per stage");
        }
    }

    public int stages() {
        return b.length;
    }

    public boolean isEmbedded() {
        return errorWeights != null;
    }

    /**
     * Coefficients of the stability polynomial R(z) = 1 + Σ_k z^k · bᵀ A^(k−1) 𝟙, lowest degree first,
     * with trailing zeros removed. For an explicit method R has degree at most the number of stages.
     */
    public double[] stabilityPolynomial() {
        int s = stages();
        double[] coefficients = new double[s + 1];
        coefficients[0] = 1;
        double[] v = new double[s];
        java.util.Arrays.fill(v, 1.0);
        for (int k = 1; k <= s; k++) {
            double dot = 0;
            for (int i = 0; i < s; i++) {
                dot += b[i] * v[i];
            }
            coefficients[k] = dot;
            double[] next = new double[s];
            for (int i = 0; i < s; i++) {
                double acc = 0;
                for (int j = 0; j < i; j++) {
                    acc += a[i][j] * v[j];
                }
                next[i] = acc;
            }
            v = next;
        }
        int degree = s;
        while (degree > 0 && Math.abs(coefficients[degree]) < 1e-15) {
            degree--;
        }
        return java.util.Arrays.copyOf(coefficients, degree + 1);
    }
}
