package org.nodelab.model.family;

import org.nodelab.model.ModelField;

import org.nodelab.ode.SeparableVectorField;

/**
 * Haber–Ruthotto's Hamiltonian network over the state [y, z] (2d per row): y' = tanh(K z + b),
 * z' = −tanh(Kᵀ y + b), a split system that {@link org.nodelab.ode.Method#VERLET} steps (q = y, p = z).
 * Single-layer by construction (width, depth, activation ignored) and autonomous. θ = [K (d × d, row-major) | b (d)].
 * Plain Java loops, as in {@link AntisymmetricField}.
 * Jacobian: [[0, diag(1 − tanh²(Kz + b)) K], [−diag(1 − tanh²(Kᵀy + b)) Kᵀ, 0]].
 */
final class HamiltonianField implements ModelField, SeparableVectorField {

    private final int d;
    private final double[] theta;

    HamiltonianField(int d, double[] theta) {
        this.d = d;
        this.theta = theta;
    }

    static int parameterCount(int d) {
        return d * d + d;
    }

    @Override
    public int dimension() {
        return 2 * d;
    }

    @Override
    public int parameterCount() {
        return parameterCount(d);
    }

    @Override
    public void parametersChanged() {
        // θ is read in place
    }

    /** y' = tanh(K z + b) into the y-half. */
    @Override
    public void positionRate(double t, double[] y, double[] dydt) {
        int n = 2 * d;
        for (int row = 0; row < y.length; row += n) {
            for (int i = 0; i < d; i++) {
                double acc = theta[d * d + i];
                for (int j = 0; j < d; j++) {
                    acc += theta[i * d + j] * y[row + d + j];
                }
                dydt[row + i] = Math.tanh(acc);
            }
        }
    }

    /** z' = −tanh(Kᵀ y + b) into the z-half. */
    @Override
    public void momentumRate(double t, double[] y, double[] dydt) {
        int n = 2 * d;
        for (int row = 0; row < y.length; row += n) {
            for (int i = 0; i < d; i++) {
                double acc = theta[d * d + i];
                for (int j = 0; j < d; j++) {
                    acc += theta[j * d + i] * y[row + j];
                }
                dydt[row + d + i] = -Math.tanh(acc);
            }
        }
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                      double[] parameterCotangent) {
        int n = 2 * d;
        int b = d * d;
        for (int row = 0; row < y.length; row += n) {
            for (int j = 0; j < n; j++) {
                stateCotangent[row + j] = 0;
            }
            for (int i = 0; i < d; i++) {
                // y'_i = tanh(u_i), u_i = Σ_j K_ij z_j + b_i
                double acc = theta[b + i];
                for (int j = 0; j < d; j++) {
                    acc += theta[i * d + j] * y[row + d + j];
                }
                double th = Math.tanh(acc);
                double s1 = c[row + i] * (1 - th * th);
                // z'_i = −tanh(v_i), v_i = Σ_j K_ji y_j + b_i
                acc = theta[b + i];
                for (int j = 0; j < d; j++) {
                    acc += theta[j * d + i] * y[row + j];
                }
                th = Math.tanh(acc);
                double s2 = -c[row + d + i] * (1 - th * th);
                parameterCotangent[b + i] += s1 + s2;
                for (int j = 0; j < d; j++) {
                    stateCotangent[row + d + j] += theta[i * d + j] * s1;
                    parameterCotangent[i * d + j] += s1 * y[row + d + j];
                    stateCotangent[row + j] += theta[j * d + i] * s2;
                    parameterCotangent[j * d + i] += s2 * y[row + j];
                }
            }
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        int n = 2 * d;
        java.util.Arrays.fill(jacobian, 0, n * n, 0);
        for (int i = 0; i < d; i++) {
            double u = theta[d * d + i];
            double v = theta[d * d + i];
            for (int j = 0; j < d; j++) {
                u += theta[i * d + j] * point[d + j];
                v += theta[j * d + i] * point[j];
            }
            double su = 1 - Math.tanh(u) * Math.tanh(u);
            double sv = 1 - Math.tanh(v) * Math.tanh(v);
            for (int j = 0; j < d; j++) {
                jacobian[i * n + d + j] = su * theta[i * d + j];
                jacobian[(d + i) * n + j] = -sv * theta[j * d + i];
            }
        }
    }
}
