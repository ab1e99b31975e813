package org.nodelab.cli.bench;

import java.util.Random;
import org.nodelab.ode.VectorField;

/**
 * f(y) = tanh(W y + b) with a random, contractive 64×64 W: the shape of one neural-ODE layer, written as a
 * plain Java loop so that the benchmark measures the solver's overhead, not ND4J's per-op cost.
 */
final class DenseTanhLayerField implements VectorField {

    private final int dimension;
    private final double[] weights;
    private final double[] bias;

    DenseTanhLayerField(int dimension, long seed) {
        this.dimension = dimension;
        this.weights = new double[dimension * dimension];
        this.bias = new double[dimension];
        Random random = new Random(seed);
        double scale = 1.0 / Math.sqrt(dimension);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextGaussian() * scale;
        }
        for (int i = 0; i < dimension; i++) {
            bias[i] = random.nextGaussian() * 0.1;
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        int d = dimension;
        for (int row = 0; row < y.length; row += d) {
            for (int i = 0; i < d; i++) {
                double acc = bias[i];
                int w = i * d;
                for (int j = 0; j < d; j++) {
                    acc += weights[w + j] * y[row + j];
                }
                dydt[row + i] = Math.tanh(acc);
            }
        }
    }
}
