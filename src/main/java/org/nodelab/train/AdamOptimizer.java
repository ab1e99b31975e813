package org.nodelab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * ND4J's own Adam updater over one flat parameter vector, with gradient clipping by global norm. The
 * learning rate may change between iterations without losing Adam's moment estimates.
 */
public final class AdamOptimizer {

    private final Adam config;
    private final GradientUpdater<?> updater;
    private final INDArray gradient;
    private final double[] step;
    private final INDArray state;
    private int iteration;

    /** Adam's moments and step count at one moment, to go back to when an update turns out bad. */
    public record Snapshot(double[] moments, int iteration) {
    }

    public AdamOptimizer(int parameterCount, double learningRate) {
        checkLearningRate(learningRate);
        this.config = new Adam(learningRate);
        this.state = Nd4j.zeros(DataType.DOUBLE, 1, config.stateSize(parameterCount));
        this.updater = config.instantiate(state, true);
        // Adam splits its state view into halves shaped like the gradient; tell it that shape explicitly.
        this.updater.setStateViewArray(state, new long[] {1, parameterCount}, 'c', true);
        this.gradient = Nd4j.zeros(DataType.DOUBLE, 1, parameterCount);
        this.step = new double[parameterCount];
    }

    public void setLearningRate(double learningRate) {
        checkLearningRate(learningRate);
        config.setLrAndSchedule(learningRate, null);
    }

    public double learningRate() {
        return config.getLearningRate();
    }

    /**
     * Clips {@code grad} to global norm {@code maxNorm} (when positive), lets Adam turn it into a step, and
     * subtracts the step from {@code parameters}.
     *
     * @return the gradient's global norm before clipping
     */
    public double step(double[] parameters, double[] grad, double maxNorm) {
        if (grad.length != parameters.length || grad.length != step.length) {
            throw new IllegalArgumentException("gradient and parameters must both have " + step.length + " entries");
        }
        double norm = 0;
        for (double g : grad) {
            norm += g * g;
        }
        norm = Math.sqrt(norm);
        double scale = maxNorm > 0 && norm > maxNorm ? maxNorm / norm : 1.0;
        for (int i = 0; i < grad.length; i++) {
            step[i] = grad[i] * scale;
        }
        gradient.data().setData(step);
        updater.applyUpdater(gradient, iteration++, 0);
        double[] update = gradient.data().asDouble();
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] -= update[i];
        }
        return norm;
    }

    public Snapshot snapshot() {
        return new Snapshot(state.data().asDouble(), iteration);
    }

    /** Back to a snapshot, so that a rejected update leaves no trace in the moments either. */
    public void restore(Snapshot snapshot) {
        state.data().setData(snapshot.moments());
        iteration = snapshot.iteration();
    }

    public int iterations() {
        return iteration;
    }

    private static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, not " + learningRate);
        }
    }
}
