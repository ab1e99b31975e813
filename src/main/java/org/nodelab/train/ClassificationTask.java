package org.nodelab.train;

import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.data.Dataset;

/** Inputs flow from 0 to T; the readout of the state at T gives class logits, scored by cross-entropy. */
final class ClassificationTask implements TrainingTask {

    /** T from the trainer's current config: a live setting, read at every solve. */
    private final java.util.function.DoubleSupplier horizon;
    private final int features;
    private final int classes;
    private final double[] trainInputs;
    private final int[] trainLabels;
    private final double[] testInputs;
    private final int[] testLabels;

    ClassificationTask(Dataset data, java.util.function.DoubleSupplier horizon) {
        this.horizon = horizon;
        this.features = data.featureDimension();
        this.classes = data.classCount();
        this.trainInputs = data.train().features();
        this.trainLabels = data.train().labels();
        this.testInputs = data.test().features();
        this.testLabels = data.test().labels();
    }

    @Override
    public double[] trainingTimes(double sampleTime) {
        return Double.isNaN(sampleTime) ? new double[] {0, horizon.getAsDouble()}
                : new double[] {0, sampleTime, horizon.getAsDouble()};
    }

    @Override
    public double trainingHorizon() {
        return horizon.getAsDouble();
    }

    @Override
    public int trainSize() {
        return trainLabels.length;
    }

    @Override
    public double[] inputs(Batch batch) {
        return batch.gather(trainInputs, features);
    }

    @Override
    public Fit fit(NeuralOdeModel model, Solution solution, Batch batch, double[][] cotangents, double[] gradient) {
        int[] labels = batch.gather(trainLabels);
        double[] last = solution.finalState();
        double[] logits = new double[labels.length * classes];
        model.readout(last, logits);
        double[] logitCotangent = new double[logits.length];
        double loss = Losses.crossEntropy(logits, labels, classes, logitCotangent);
        double[] stateCotangent = new double[last.length];
        model.readoutGradient(last, logitCotangent, stateCotangent, gradient);
        cotangents[cotangents.length - 1] = stateCotangent;
        return new Fit(loss, Losses.accuracy(logits, labels, classes));
    }

    @Override
    public int testSize() {
        return testLabels.length;
    }

    @Override
    public Evaluation test(NeuralOdeModel model, SolverOptions options, int from, int to) {
        double[] inputs = java.util.Arrays.copyOfRange(testInputs, from * features, to * features);
        int[] labels = java.util.Arrays.copyOfRange(testLabels, from, to);
        double[] start = new double[labels.length * model.stateDimension()];
        model.initialState(inputs, start);
        Solution s = OdeSolver.solve(model.field(), start, new double[] {0, horizon.getAsDouble()}, options);
        if (!s.isSuccess()) {
            return new Evaluation(Double.NaN, Double.NaN, s.statistics().nfe(), s.message());
        }
        double[] logits = new double[labels.length * classes];
        model.readout(s.finalState(), logits);
        return new Evaluation(Losses.crossEntropy(logits, labels, classes, null),
                Losses.accuracy(logits, labels, classes), s.statistics().nfe(), null);
    }
}
