package org.nodelab.dynamics;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/** y' = A y over a batch, with its Jacobian A: the test system whose answers are known exactly. */
final class LinearField implements VectorField, AnalyticJacobian {

    private final double[][] a;

    LinearField(double[][] a) {
        this.a = a;
    }

    @Override
    public int dimension() {
        return a.length;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        int n = a.length;
        for (int base = 0; base < y.length; base += n) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int j = 0; j < n; j++) {
                    acc += a[i][j] * y[base + j];
                }
                dydt[base + i] = acc;
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

    /** The same field without its Jacobian, so analysis must fall back on differences. */
    VectorField withoutJacobian() {
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
