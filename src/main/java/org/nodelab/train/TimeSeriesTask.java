package org.nodelab.train;

import java.util.Arrays;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.TimeSeriesLayout;

/**
 * Learn dynamics from sampled trajectories: each sample's start state flows through the model, and the readout
 * at every observation time up to the training horizon is scored by mean squared error. The test part checks
 * prediction past that horizon, up to the last observation.
 */
final class TimeSeriesTask implements TrainingTask {

    private final TimeSeriesLayout layout;
    private final int features;
    private final int values;
    private final double[] trainInputs;
    private final double[] trainTargets;
    private final double[] testInputs;
    private final double[] testTargets;

    TimeSeriesTask(Dataset data) {
        this.layout = data.timeSeriesLayout().orElseThrow(
                () -> new IllegalArgumentException(data.name() + " is a time series without observation times"));
        this.features = data.featureDimension();
        this.values = layout.valuesPerObservation();
        this.trainInputs = data.train().features();
        this.trainTargets = data.train().targets();
        this.testInputs = data.test().features();
        this.testTargets = data.test().targets();
    }

    @Override
    public double[] trainingTimes(double sampleTime) {
        double[] observed = layout.trainTimes();
        double[] times = new double[observed.length + 1 + (Double.isNaN(sampleTime) ? 0 : 1)];
        int k = 0;
        times[k++] = 0;
        for (double t : observed) {
            times[k++] = t;
        }
        if (!Double.isNaN(sampleTime)) {
            times[k] = sampleTime;
        }
        Arrays.sort(times);
        return dedupe(times);
    }

    @Override
    public double trainingHorizon() {
        return layout.trainHorizon();
    }

    @Override
    public int trainSize() {
        return trainInputs.length / features;
    }

    @Override
    public double[] inputs(Batch batch) {
        return batch.gather(trainInputs, features);
    }

    @Override
    public Fit fit(NeuralOdeModel model, Solution solution, Batch batch, double[][] cotangents, double[] gradient) {
        double[] times = solution.times();
        double[] observed = layout.trainTimes();
        double[] targets = batch.gather(trainTargets, observed.length * values);
        int rows = batch.size();
        int count = observed.length;
        double loss = 0;
        double[] outputs = new double[rows * values];
        double[] outputCotangent = new double[rows * values];
        for (int k = 0; k < times.length; k++) {
            int observation = Arrays.binarySearch(observed, times[k]);
            if (observation < 0) {
                continue;
            }
            double[] state = solution.states()[k];
            model.readout(state, outputs);
            for (int r = 0; r < rows; r++) {
                for (int v = 0; v < values; v++) {
                    double diff = outputs[r * values + v] - targets[r * count * values + observation * values + v];
                    loss += diff * diff;
                    outputCotangent[r * values + v] = 2 * diff / (rows * count * values);
                }
            }
            double[] stateCotangent = new double[state.length];
            model.readoutGradient(state, outputCotangent, stateCotangent, gradient);
            cotangents[k] = stateCotangent;
        }
        return new Fit(loss / (rows * count * values), Double.NaN);
    }

    @Override
    public int testSize() {
        return testInputs.length / features;
    }

    @Override
    public Evaluation test(NeuralOdeModel model, SolverOptions options, int from, int to) {
        double[] observed = layout.times();
        int rows = to - from;
        double[] inputs = Arrays.copyOfRange(testInputs, from * features, to * features);
        double[] targets = Arrays.copyOfRange(testTargets, from * observed.length * values,
                to * observed.length * values);
        double[] start = new double[rows * model.stateDimension()];
        model.initialState(inputs, start);
        double[] times = new double[observed.length + 1];
        System.arraycopy(observed, 0, times, 1, observed.length);
        Solution s = OdeSolver.solve(model.field(), start, times, options);
        if (!s.isSuccess()) {
            return new Evaluation(Double.NaN, Double.NaN, s.statistics().nfe(), s.message());
        }
        double[] outputs = new double[rows * values];
        double loss = 0;
        for (int k = 1; k < times.length; k++) {
            model.readout(s.states()[k], outputs);
            for (int r = 0; r < rows; r++) {
                for (int v = 0; v < values; v++) {
                    double diff = outputs[r * values + v]
                            - targets[r * observed.length * values + (k - 1) * values + v];
                    loss += diff * diff;
                }
            }
        }
        return new Evaluation(loss / (rows * observed.length * values), Double.NaN, s.statistics().nfe(), null);
    }

    private static double[] dedupe(double[] sorted) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }
}
