package org.nodelab.train;

import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Solution;

/**
 * What the model is trained to do with its flow: which times to solve at, and how the states there turn into
 * a loss and the cotangents that start the backward pass. Classification reads the state at T; a time series
 * reads it at every observation time.
 */
interface TrainingTask {

    /** Output times of a training solve; {@code sampleTime} (NaN for none) is merged in for regularization. */
    double[] trainingTimes(double sampleTime);

    /** The last time a training solve reaches: where the regularizer may sample. */
    double trainingHorizon();

    /** Index of {@code sampleTime} within {@link #trainingTimes}. */
    default int indexOf(double[] times, double sampleTime) {
        for (int i = 0; i < times.length; i++) {
            if (times[i] == sampleTime) {
                return i;
            }
        }
        return -1;
    }

    int trainSize();

    double[] inputs(Batch batch);

    /**
     * Loss of a solved batch. Fills {@code cotangents} (one state cotangent per output time, or null) and adds
     * the readout's parameter gradient into {@code gradient}.
     */
    Fit fit(NeuralOdeModel model, Solution solution, Batch batch, double[][] cotangents, double[] gradient);

    /** Loss and accuracy (NaN where it does not apply) on the test part, at the current parameters. */
    default Evaluation test(NeuralOdeModel model, org.nodelab.ode.SolverOptions options) {
        return test(model, options, 0, testSize());
    }

    /** Points in the test part. */
    int testSize();

    /**
     * Loss and accuracy on test points {@code from} (inclusive) to {@code to} (exclusive), in one solve: what a
     * deployment serving batches of that size pays in NFE per batch.
     */
    Evaluation test(NeuralOdeModel model, org.nodelab.ode.SolverOptions options, int from, int to);

    /** Loss and accuracy of one fitted batch. */
    record Fit(double loss, double accuracy) {
    }
}
