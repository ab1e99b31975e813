package org.nodelab.model.family;

import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;

/**
 * SONODE over the state [x, v] (2d per row): x' = v, v' = f([x, v], t), f an {@link Mlp} from 2d + 1 inputs
 * to d outputs (it sees position and velocity). θ = the MLP's parameters. Jacobian: [[0, I], [∂f/∂x, ∂f/∂v]].
 */
final class SecondOrderField implements ModelField {

    private final int d;
    private final double[] theta;
    private final Mlp mlp;
    private double[] f = new double[0];
    private double[] cv = new double[0];
    private double[] du = new double[0];

    SecondOrderField(int d, ModelConfig config, double[] theta) {
        this.d = d;
        this.theta = theta;
        this.mlp = new Mlp(2 * d, d, config.width(), config.depth(), config.activation());
    }

    Mlp mlp() {
        return mlp;
    }

    @Override
    public int dimension() {
        return 2 * d;
    }

    @Override
    public int parameterCount() {
        return mlp.parameterCount();
    }

    @Override
    public void parametersChanged() {
        mlp.load(theta, 0);
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        int n = 2 * d;
        int batch = y.length / n;
        ensure(batch);
        mlp.forward(t, y, n, 0, batch, f);
        for (int r = 0; r < batch; r++) {
            System.arraycopy(y, r * n + d, dydt, r * n, d);
            System.arraycopy(f, r * d, dydt, r * n + d, d);
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
        ensure(batch);
        for (int r = 0; r < batch; r++) {
            System.arraycopy(c, r * n + d, cv, r * d, d);
        }
        double timeCotangent = mlp.backward(t, y, n, 0, batch, cv, du, parameterCotangent, 0);
        for (int r = 0; r < batch; r++) {
            int row = r * n;
            for (int j = 0; j < d; j++) {
                stateCotangent[row + j] = du[r * n + j];
                stateCotangent[row + d + j] = c[row + j] + du[r * n + d + j];
            }
        }
        return timeCotangent;
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        int n = 2 * d;
        double[] a = new double[d * n];
        mlp.jacobian(t, point, 0, a);
        java.util.Arrays.fill(jacobian, 0, n * n, 0);
        for (int i = 0; i < d; i++) {
            jacobian[i * n + d + i] = 1;
            System.arraycopy(a, i * n, jacobian, (d + i) * n, n);
        }
    }

    private void ensure(int batch) {
        if (f.length < batch * d) {
            f = new double[batch * d];
            cv = new double[batch * d];
            du = new double[batch * 2 * d];
        }
    }

    @Override
    public void close() {
        mlp.close();
    }
}
