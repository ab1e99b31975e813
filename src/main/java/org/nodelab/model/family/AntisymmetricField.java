package org.nodelab.model.family;

import org.nodelab.model.Knob;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;

/**
 * Haber–Ruthotto's stable (antisymmetric) network: y' = tanh(K y + b) with K = ½(W − Wᵀ − γI), γ the live
 * {@code gammaShift} knob. Single-layer by construction: the config's width, depth and activation are ignored,
 * and the field is autonomous (t is not an input). θ = [W (d × d, row-major) | b (d)]. Written as plain Java
 * loops: d = input + augment is small, so ND4J's per-op overhead would cost more than the arithmetic.
 * Jacobian: diag(1 − tanh²(K y + b)) K.
 */
final class AntisymmetricField implements ModelField {

    private final int d;
    private final double[] theta;
    private final double[] k;
    private double gammaShift;
    private double[] u = new double[0];
    private final double[] gram;

    AntisymmetricField(int d, ModelConfig config, double[] theta) {
        this.d = d;
        this.theta = theta;
        this.k = new double[d * d];
        this.gram = new double[d * d];
        this.gammaShift = config.gammaShift();
    }

    static int parameterCount(int d) {
        return d * d + d;
    }

    /** A copy of K = ½(W − Wᵀ − γI), row-major. */
    double[] matrixK() {
        return k.clone();
    }

    double gammaShift() {
        return gammaShift;
    }

    void setGammaShift(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the gamma shift must be finite, not " + value);
        }
        gammaShift = value;
        parametersChanged();
    }

    @Override
    public double knob(Knob knob) {
        return knob == Knob.GAMMA_SHIFT ? gammaShift() : ModelField.super.knob(knob);
    }

    @Override
    public void setKnob(Knob knob, double value) {
        if (knob != Knob.GAMMA_SHIFT) {
            ModelField.super.setKnob(knob, value);
        }
        setGammaShift(value);
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int parameterCount() {
        return parameterCount(d);
    }

    @Override
    public void parametersChanged() {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                k[i * d + j] = 0.5 * (theta[i * d + j] - theta[j * d + i] - (i == j ? gammaShift : 0));
            }
        }
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += d) {
            for (int i = 0; i < d; i++) {
                double acc = theta[d * d + i];
                for (int j = 0; j < d; j++) {
                    acc += k[i * d + j] * y[row + j];
                }
                dydt[row + i] = Math.tanh(acc);
            }
        }
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                      double[] parameterCotangent) {
        if (u.length < d) {
            u = new double[d];
        }
        java.util.Arrays.fill(gram, 0);
        for (int row = 0; row < y.length; row += d) {
            for (int i = 0; i < d; i++) {
                double acc = theta[d * d + i];
                for (int j = 0; j < d; j++) {
                    acc += k[i * d + j] * y[row + j];
                }
                double th = Math.tanh(acc);
                double s = c[row + i] * (1 - th * th);
                u[i] = s;
                parameterCotangent[d * d + i] += s;
                for (int j = 0; j < d; j++) {
                    gram[i * d + j] += s * y[row + j];
                }
            }
            for (int j = 0; j < d; j++) {
                double acc = 0;
                for (int i = 0; i < d; i++) {
                    acc += k[i * d + j] * u[i];
                }
                stateCotangent[row + j] = acc;
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                parameterCotangent[i * d + j] += 0.5 * (gram[i * d + j] - gram[j * d + i]);
            }
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        for (int i = 0; i < d; i++) {
            double acc = theta[d * d + i];
            for (int j = 0; j < d; j++) {
                acc += k[i * d + j] * point[j];
            }
            double th = Math.tanh(acc);
            for (int j = 0; j < d; j++) {
                jacobian[i * d + j] = (1 - th * th) * k[i * d + j];
            }
        }
    }
}
