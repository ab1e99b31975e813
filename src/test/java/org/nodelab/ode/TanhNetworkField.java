package org.nodelab.ode;

import java.util.Random;

/**
 * f(t, y) = W tanh(y) + t·u + b with θ = [W (d×d), u, b]: a tiny network-shaped field with hand-written
 * vector–Jacobian products, for checking gradients against finite differences.
 */
final class TanhNetworkField implements ParametricVectorField {

    final int d;
    final double[] theta;

    TanhNetworkField(int d, long seed) {
        this.d = d;
        this.theta = new double[d * d + 2 * d];
        Random random = new Random(seed);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextGaussian() * 0.6;
        }
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int parameterCount() {
        return theta.length;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += d) {
            for (int i = 0; i < d; i++) {
                double acc = t * theta[d * d + i] + theta[d * d + d + i];
                for (int j = 0; j < d; j++) {
                    acc += theta[i * d + j] * Math.tanh(y[row + j]);
                }
                dydt[row + i] = acc;
            }
        }
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                      double[] parameterCotangent) {
        for (int row = 0; row < y.length; row += d) {
            for (int j = 0; j < d; j++) {
                double th = Math.tanh(y[row + j]);
                double acc = 0;
                for (int i = 0; i < d; i++) {
                    acc += c[row + i] * theta[i * d + j];
                    parameterCotangent[i * d + j] += c[row + i] * th;
                }
                stateCotangent[row + j] = acc * (1 - th * th);
            }
            for (int i = 0; i < d; i++) {
                parameterCotangent[d * d + i] += t * c[row + i];
                parameterCotangent[d * d + d + i] += c[row + i];
            }
        }
    }
}
