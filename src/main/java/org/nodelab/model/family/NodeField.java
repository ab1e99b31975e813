package org.nodelab.model.family;

import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;

/**
 * NODE / ANODE: h' = f(h, t), f an {@link Mlp} from d + 1 inputs to d outputs. θ = the MLP's parameters.
 * Jacobian: ∂f/∂h.
 */
final class NodeField implements ModelField {

    private final int d;
    private final double[] theta;
    private final Mlp mlp;

    NodeField(int d, ModelConfig config, double[] theta) {
        this.d = d;
        this.theta = theta;
        this.mlp = new Mlp(d, d, config.width(), config.depth(), config.activation());
    }

    Mlp mlp() {
        return mlp;
    }

    @Override
    public int dimension() {
        return d;
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
        mlp.forward(t, y, d, 0, y.length / d, dydt);
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] cotangent, double[] stateCotangent,
                                      double[] parameterCotangent) {
        vectorJacobianProductWithTime(t, y, cotangent, stateCotangent, parameterCotangent);
    }

    @Override
    public double vectorJacobianProductWithTime(double t, double[] y, double[] cotangent, double[] stateCotangent,
                                                double[] parameterCotangent) {
        return mlp.backward(t, y, d, 0, y.length / d, cotangent, stateCotangent, parameterCotangent, 0);
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        mlp.jacobian(t, point, 0, jacobian);
    }

    @Override
    public void close() {
        mlp.close();
    }
}
