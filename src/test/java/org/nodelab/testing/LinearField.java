package org.nodelab.testing;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * y' = A y on every row of a batch, with its Jacobian A and the exact solution expm(tA) y0: the test system
 * whose answers are known exactly, shared by the solver and the dynamics tests.
 */
public final class LinearField implements VectorField, AnalyticJacobian {

    public final double[][] a;

    public LinearField(double[][] a) {
        this.a = a;
    }

    @Override
    public int dimension() {
        return a.length;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        int d = a.length;
        for (int row = 0; row < y.length; row += d) {
            for (int i = 0; i < d; i++) {
                double acc = 0;
                for (int j = 0; j < d; j++) {
                    acc += a[i][j] * y[row + j];
                }
                dydt[row + i] = acc;
            }
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, jacobian, i * n, n);
        }
    }

    /** expm(tA) y0 per row, by scaling and squaring a Taylor series: exact to rounding for small A. */
    public double[] exact(double t, double[] y0) {
        int d = a.length;
        int squarings = 0;
        double norm = 0;
        for (double[] r : a) {
            for (double v : r) {
                norm = Math.max(norm, Math.abs(v * t));
            }
        }
        while (norm * d > 0.5) {
            norm /= 2;
            squarings++;
        }
        double scale = t / Math.pow(2, squarings);
        double[][] e = identity(d);
        double[][] term = identity(d);
        for (int k = 1; k < 30; k++) {
            term = multiply(term, a);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    term[i][j] *= scale / k;
                    e[i][j] += term[i][j];
                }
            }
        }
        for (int s = 0; s < squarings; s++) {
            e = multiply(e, e);
        }
        double[] out = new double[y0.length];
        for (int row = 0; row < y0.length; row += d) {
            for (int i = 0; i < d; i++) {
                double acc = 0;
                for (int j = 0; j < d; j++) {
                    acc += e[i][j] * y0[row + j];
                }
                out[row + i] = acc;
            }
        }
        return out;
    }

    private static double[][] identity(int d) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int d = x.length;
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                for (int j = 0; j < d; j++) {
                    m[i][j] += x[i][k] * y[k][j];
                }
            }
        }
        return m;
    }
    /** The same field without its Jacobian, so analysis must fall back on differences. */
    public VectorField withoutJacobian() {
        LinearField self = this;
        return new VectorField() {
            @Override
            public int dimension() {
                return self.dimension();
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                self.evaluate(t, y, dydt);
            }
        };
    }
}
