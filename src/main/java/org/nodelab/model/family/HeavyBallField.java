package org.nodelab.model.family;

import org.nodelab.model.Knob;
import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;

/**
 * HBNODE and GHBNODE over the state [h, m] (2d per row):
 * <pre>
 *   HBNODE:  h' = m,        m' = −γ m + f(h, t)
 *   GHBNODE: h' = tanh(m),  m' = −γ m + f(h, t) − ξ h
 * </pre>
 * θ = [MLP (d+1 → d) | γ_raw], the last entry only when γ is learned, γ = sigmoid(γ_raw) with γ_raw clamped
 * to ±30 so that γ stays strictly inside (0, 1) in floating point. Fixed γ and ξ are live knobs.
 * Jacobian: [[0, I], [∂f/∂h, −γ I]] (HBNODE); [[0, diag(1 − tanh²m)], [∂f/∂h − ξ I, −γ I]] (GHBNODE).
 */
final class HeavyBallField implements ModelField {

    static final double RAW_LIMIT = 30;

    private final int d;
    private final boolean generalized;
    private final boolean learnDamping;
    private final double[] theta;
    private final Mlp mlp;
    private final int mlpCount;
    private double fixedDamping;
    private double xi;
    private double[] f = new double[0];
    private double[] cm = new double[0];
    private double[] dh = new double[0];

    HeavyBallField(int d, ModelConfig config, boolean generalized, double[] theta) {
        this.d = d;
        this.generalized = generalized;
        this.learnDamping = config.learnDamping();
        this.theta = theta;
        this.mlp = new Mlp(d, d, config.width(), config.depth(), config.activation());
        this.mlpCount = mlp.parameterCount();
        this.fixedDamping = config.damping();
        this.xi = generalized ? config.xi() : 0;
    }

    Mlp mlp() {
        return mlp;
    }

    boolean learnsDamping() {
        return learnDamping;
    }

    /** Index of γ_raw in θ (only meaningful when γ is learned). */
    int rawDampingIndex() {
        return mlpCount;
    }

    double damping() {
        if (!learnDamping) {
            return fixedDamping;
        }
        double raw = clampedRaw();
        return 1 / (1 + Math.exp(-raw));
    }

    private double clampedRaw() {
        return Math.max(-RAW_LIMIT, Math.min(RAW_LIMIT, theta[mlpCount]));
    }

    void setDamping(double gamma) {
        if (learnDamping) {
            if (!(gamma > 0 && gamma < 1)) {
                throw new IllegalArgumentException("a learned damping must lie strictly between 0 and 1, not " + gamma);
            }
            theta[mlpCount] = Math.log(gamma / (1 - gamma));
        } else {
            if (!(gamma >= 0) || !Double.isFinite(gamma)) {
                throw new IllegalArgumentException("damping must be finite and ≥ 0, not " + gamma);
            }
            fixedDamping = gamma;
        }
    }

    double xi() {
        return xi;
    }

    void setXi(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("xi must be finite and ≥ 0, not " + value);
        }
        xi = value;
    }

    @Override
    public double knob(Knob knob) {
        return switch (knob) {
            case DAMPING -> damping();
            case XI -> xi();
            default -> ModelField.super.knob(knob);
        };
    }

    @Override
    public void setKnob(Knob knob, double value) {
        switch (knob) {
            case DAMPING -> setDamping(value);
            case XI -> setXi(value);
            default -> ModelField.super.setKnob(knob, value);
        }
    }

    @Override
    public int dimension() {
        return 2 * d;
    }

    @Override
    public int parameterCount() {
        return mlpCount + (learnDamping ? 1 : 0);
    }

    @Override
    public void parametersChanged() {
        mlp.load(theta, 0);
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        int n = 2 * d;
        int batch = y.length / n;
        ensure(batch * d);
        mlp.forward(t, y, n, 0, batch, f);
        double gamma = damping();
        for (int r = 0; r < batch; r++) {
            int row = r * n;
            for (int j = 0; j < d; j++) {
                double h = y[row + j];
                double m = y[row + d + j];
                dydt[row + j] = generalized ? Math.tanh(m) : m;
                dydt[row + d + j] = -gamma * m + f[r * d + j] - xi * h;
            }
        }
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                      double[] parameterCotangent) {
        vectorJacobianProductWithTime(t, y, c, stateCotangent, parameterCotangent);
    }

    /** Only f depends on t, through the momentum's (or velocity's) rate: cᵀ∂f/∂t is the MLP's. */
    @Override
    public double vectorJacobianProductWithTime(double t, double[] y, double[] c, double[] stateCotangent,
                                                double[] parameterCotangent) {
        int n = 2 * d;
        int batch = y.length / n;
        ensure(batch * d);
        for (int r = 0; r < batch; r++) {
            System.arraycopy(c, r * n + d, cm, r * d, d);
        }
        double timeCotangent = mlp.backward(t, y, n, 0, batch, cm, dh, parameterCotangent, 0);
        double gamma = damping();
        double dampingCotangent = 0;
        for (int r = 0; r < batch; r++) {
            int row = r * n;
            for (int j = 0; j < d; j++) {
                double m = y[row + d + j];
                double ch = c[row + j];
                double cmj = c[row + d + j];
                stateCotangent[row + j] = dh[r * d + j] - xi * cmj;
                double dhdm = 1;
                if (generalized) {
                    double th = Math.tanh(m);
                    dhdm = 1 - th * th;
                }
                stateCotangent[row + d + j] = ch * dhdm - gamma * cmj;
                dampingCotangent -= cmj * m;
            }
        }
        if (learnDamping) {
            double raw = theta[mlpCount];
            double slope = Math.abs(raw) > RAW_LIMIT ? 0 : gamma * (1 - gamma);
            parameterCotangent[mlpCount] += dampingCotangent * slope;
        }
        return timeCotangent;
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        int n = 2 * d;
        double[] a = new double[d * d];
        mlp.jacobian(t, point, 0, a);
        java.util.Arrays.fill(jacobian, 0, n * n, 0);
        double gamma = damping();
        for (int i = 0; i < d; i++) {
            double m = point[d + i];
            double dhdm = 1;
            if (generalized) {
                double th = Math.tanh(m);
                dhdm = 1 - th * th;
            }
            jacobian[i * n + d + i] = dhdm;
            for (int j = 0; j < d; j++) {
                jacobian[(d + i) * n + j] = a[i * d + j] - (i == j ? xi : 0);
            }
            jacobian[(d + i) * n + d + i] = -gamma;
        }
    }

    private void ensure(int length) {
        if (f.length < length) {
            f = new double[length];
            cm = new double[length];
            dh = new double[length];
        }
    }

    @Override
    public void close() {
        mlp.close();
    }
}
