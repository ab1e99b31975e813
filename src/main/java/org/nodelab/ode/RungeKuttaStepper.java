package org.nodelab.ode;

/**
 * One explicit Runge–Kutta trial step over preallocated buffers. It allocates nothing per step, so a long
 * solve costs the garbage collector nothing, and it counts every call of the vector field.
 */
final class RungeKuttaStepper {

    final ButcherTableau tableau;
    final double[][] k;
    final double[] y1;
    final double[] error;
    private final double[] stageInput;
    private final VectorField field;
    long evaluations;

    RungeKuttaStepper(ButcherTableau tableau, VectorField field, int n) {
        this.tableau = tableau;
        this.field = field;
        this.k = new double[tableau.stages()][n];
        this.y1 = new double[n];
        this.error = tableau.isEmbedded() ? new double[n] : null;
        this.stageInput = new double[n];
    }

    void evaluate(double t, double[] y, double[] out) {
        field.evaluate(t, y, out);
        evaluations++;
    }

    /**
     * Computes stages 1..s−1 from y at t with step h, given k[0] = f(t, y), then y1 and (for embedded pairs)
     * the error estimate h·Σ e_i k_i. For first-same-as-last methods k[s−1] is f(t + h, y1) afterwards.
     */
    void step(double t, double[] y, double h) {
        int s = tableau.stages();
        double[][] a = tableau.a();
        double[] c = tableau.c();
        boolean fsal = tableau.firstSameAsLast();
        for (int i = 1; i < s; i++) {
            double[] target = fsal && i == s - 1 ? y1 : stageInput;
            combine(y, h, a[i], i, target);
            evaluate(t + c[i] * h, target, k[i]);
        }
        if (!fsal) {
            combine(y, h, tableau.b(), s, y1);
        }
        if (error != null) {
            double[] e = tableau.errorWeights();
            java.util.Arrays.fill(error, 0);
            for (int i = 0; i < s; i++) {
                double w = h * e[i];
                if (w != 0) {
                    double[] ki = k[i];
                    for (int j = 0; j < error.length; j++) {
                        error[j] += w * ki[j];
                    }
                }
            }
        }
    }

    /** target = y + h · Σ_{l < count} weights[l] · k[l]. */
    void combine(double[] y, double h, double[] weights, int count, double[] target) {
        System.arraycopy(y, 0, target, 0, y.length);
        for (int l = 0; l < count; l++) {
            double w = h * weights[l];
            if (w != 0) {
                double[] kl = k[l];
                for (int j = 0; j < target.length; j++) {
                    target[j] += w * kl[j];
                }
            }
        }
    }

    /** Dense output inside the step just taken: y(t + θh) into {@code out}, using the step's stages. */
    void interpolate(double[] y, double h, double theta, double[] weightBuffer, double[] out) {
        if (theta == 1.0) {
            System.arraycopy(y1, 0, out, 0, out.length);
            return;
        }
        tableau.denseOutput().weights(theta, weightBuffer);
        combine(y, h, weightBuffer, tableau.stages(), out);
    }

    /** Recomputes every stage and its input from scratch (for backprop), counting each evaluation. */
    void recomputeStages(double t, double[] y, double h, double[][] stageInputs) {
        int s = tableau.stages();
        double[][] a = tableau.a();
        double[] c = tableau.c();
        for (int i = 0; i < s; i++) {
            combine(y, h, a[i], i, stageInputs[i]);
            evaluate(t + c[i] * h, stageInputs[i], k[i]);
        }
    }
}
