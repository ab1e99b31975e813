package org.nodelab.ode;

/**
 * The reverse sweep through one explicit Runge–Kutta step's stages: given cotangents on the stage values k_i
 * and, directly, on the stage inputs Y_i, it adds the parameter gradient and returns the cotangent on the
 * step's starting state. Backprop, the local error estimate and the stiffness estimate all end in it.
 */
final class StageReverse {

    private StageReverse() {
    }

    /**
     * @param stageCotangents  k̄_i, consumed (overwritten as the sweep proceeds)
     * @param inputCotangents  direct Ȳ_i, or null entries for none; not modified
     * @param startCotangent   receives += the cotangent on y0
     * @return the number of vector–Jacobian products taken
     */
    static long sweep(ParametricVectorField field, ButcherTableau tableau, double t, double h,
                      double[][] stageInputs, double[][] stageCotangents, double[][] inputCotangents,
                      double[] startCotangent, double[] parameterGradient, double[] scratch) {
        int s = tableau.stages();
        int n = scratch.length;
        double[][] a = tableau.a();
        double[] c = tableau.c();
        long vjps = 0;
        for (int i = s - 1; i >= 0; i--) {
            boolean hasStage = !isZero(stageCotangents[i]);
            double[] direct = inputCotangents == null ? null : inputCotangents[i];
            if (!hasStage && direct == null) {
                continue;
            }
            if (hasStage) {
                field.vectorJacobianProduct(t + c[i] * h, stageInputs[i], stageCotangents[i], scratch,
                        parameterGradient);
                vjps++;
            } else {
                java.util.Arrays.fill(scratch, 0);
            }
            if (direct != null) {
                for (int q = 0; q < n; q++) {
                    scratch[q] += direct[q];
                }
            }
            // Y_i = y0 + h Σ_{l<i} a_il k_l.
            for (int q = 0; q < n; q++) {
                startCotangent[q] += scratch[q];
            }
            for (int l = 0; l < i; l++) {
                double w = h * a[i][l];
                if (w != 0) {
                    double[] target = stageCotangents[l];
                    for (int q = 0; q < n; q++) {
                        target[q] += w * scratch[q];
                    }
                }
            }
        }
        return vjps;
    }

    static boolean isZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
