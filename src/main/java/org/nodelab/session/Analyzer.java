package org.nodelab.session;

import java.util.ArrayList;
import java.util.List;
import org.nodelab.dynamics.FiniteTimeLyapunov;
import org.nodelab.dynamics.FiniteTimeLyapunovResult;
import org.nodelab.dynamics.Jacobians;
import org.nodelab.dynamics.Spectrum;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;
import org.nodelab.train.Trainer;
import org.nodelab.train.data.Dataset;

/**
 * The analysis behind the live views: trajectories of a fixed set of points, decision regions, Jacobian
 * spectra along the trajectories and finite-time Lyapunov exponents. It runs on the trainer's thread between
 * iterations, within a budget: never more than about a third of the time spent training.
 */
final class Analyzer {

    static final int TRACKED_POINTS = 16;
    static final int SAMPLES = 41;
    static final int GRID = 40;
    static final int SPECTRUM_POINTS = 4;
    static final int SPECTRUM_TIMES = 5;
    /** Analysis may take at most this share of the training time since the last analysis. */
    static final double BUDGET_SHARE = 0.5;

    private final Trainer trainer;
    private final int[] tracked;
    private final double[] trainInputs;
    private final int[] trainLabels;
    private double lastMillis;
    private int lastIteration;
    private double trainingMillisSince;

    Analyzer(Trainer trainer) {
        this.trainer = trainer;
        Dataset data = trainer.data();
        this.trainInputs = data.train().features();
        this.trainLabels = data.train().isLabeled() ? data.train().labels() : new int[data.train().size()];
        int n = trainLabels.length;
        int count = Math.min(TRACKED_POINTS, n);
        this.tracked = new int[count];
        for (int i = 0; i < count; i++) {
            tracked[i] = (int) ((long) i * n / count);
        }
    }

    /** Whether to analyze after this iteration: every k iterations, and only while within the budget. */
    boolean due(int iteration, int every, double iterationMillis) {
        trainingMillisSince += iterationMillis;
        if (lastIteration == 0) {
            return true;
        }
        return iteration - lastIteration >= every && lastMillis <= BUDGET_SHARE * trainingMillisSince;
    }

    AnalysisSnapshot analyze(int iteration) {
        long started = System.nanoTime();
        NeuralOdeModel model = trainer.model();
        Dataset data = trainer.data();
        int d = data.featureDimension();
        int stateDim = model.stateDimension();
        double end = trainer.horizon();
        SolverOptions options = SolverOptions.of(Method.DOPRI5)
                .withTolerances(trainer.config().rtol(), trainer.config().atol())
                .withMaxSteps(trainer.config().maxSteps());

        double[] inputs = new double[tracked.length * d];
        int[] labels = new int[tracked.length];
        for (int i = 0; i < tracked.length; i++) {
            System.arraycopy(trainInputs, tracked[i] * d, inputs, i * d, d);
            labels[i] = trainLabels[tracked[i]];
        }
        double[] start = new double[tracked.length * stateDim];
        model.initialState(inputs, start);
        double[] times = OdeSolver.linspace(0, end, SAMPLES);
        Solution trajectory = OdeSolver.solve(model.field(), start, times, options);

        List<AnalysisSnapshot.SpectrumSample> spectra = new ArrayList<>();
        double[] stepStarts = stepStarts(trajectory.statistics().stepSizes());
        for (int k = 0; k < SPECTRUM_TIMES && trajectory.isSuccess(); k++) {
            int sample = k * (SAMPLES - 1) / (SPECTRUM_TIMES - 1);
            double t = times[sample];
            double h = stepInForce(stepStarts, trajectory.statistics().stepSizes(), t);
            for (int p = 0; p < Math.min(SPECTRUM_POINTS, tracked.length); p++) {
                double[] point = java.util.Arrays.copyOfRange(trajectory.states()[sample], p * stateDim,
                        (p + 1) * stateDim);
                spectra.add(new AnalysisSnapshot.SpectrumSample(t, h, point,
                        Spectrum.eigenvalues(Jacobians.at(model.field(), t, point))));
            }
        }

        // Tangent dynamics by batched finite differences: one network call per evaluation for all points and
        // directions, where the analytic Jacobian costs one reverse pass per point (measured for the default demo:
        // about 130 ms per analysis against 554 ms).
        VectorField network = model.field();
        VectorField batchedOnly = new VectorField() {
            @Override
            public int dimension() {
                return network.dimension();
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                network.evaluate(t, y, dydt);
            }
        };
        FiniteTimeLyapunovResult ftle = FiniteTimeLyapunov.compute(batchedOnly, start, 0, end, stateDim, options);
        double[] largest = new double[tracked.length];
        for (int i = 0; i < tracked.length; i++) {
            largest[i] = ftle.exponents()[i].length > 0 ? ftle.exponents()[i][0] : Double.NaN;
        }

        AnalysisSnapshot.DecisionGrid grid = d == 2 && data.kind() == org.nodelab.train.data.TaskKind.CLASSIFICATION
                ? decisionGrid(model, data, options) : null;
        double millis = (System.nanoTime() - started) / 1e6;
        lastMillis = millis;
        lastIteration = iteration;
        trainingMillisSince = 0;
        double[][] states = trajectory.states();
        return new AnalysisSnapshot(iteration, stateDim, java.util.Arrays.copyOf(times, states.length), states,
                labels, grid, List.copyOf(spectra), ftle.mean(), largest, millis);
    }

    private AnalysisSnapshot.DecisionGrid decisionGrid(NeuralOdeModel model, Dataset data, SolverOptions options) {
        double[] x = trainInputs;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i += 2) {
            xMin = Math.min(xMin, x[i]);
            xMax = Math.max(xMax, x[i]);
            yMin = Math.min(yMin, x[i + 1]);
            yMax = Math.max(yMax, x[i + 1]);
        }
        double padX = 0.1 * (xMax - xMin);
        double padY = 0.1 * (yMax - yMin);
        xMin -= padX;
        xMax += padX;
        yMin -= padY;
        yMax += padY;
        int cells = GRID * GRID;
        double[] points = new double[cells * 2];
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                int i = r * GRID + c;
                points[2 * i] = xMin + (xMax - xMin) * (c + 0.5) / GRID;
                points[2 * i + 1] = yMin + (yMax - yMin) * (r + 0.5) / GRID;
            }
        }
        double[] start = new double[cells * model.stateDimension()];
        model.initialState(points, start);
        Solution s = OdeSolver.solve(model.field(), start, new double[] {0, trainer.horizon()}, options);
        if (!s.isSuccess()) {
            return null;
        }
        int classes = data.classCount();
        double[] logits = new double[cells * classes];
        model.readout(s.finalState(), logits);
        int[] predicted = new int[cells];
        double[] confidence = new double[cells];
        for (int i = 0; i < cells; i++) {
            int best = 0;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[i * classes + c]);
            }
            for (int c = 0; c < classes; c++) {
                double e = Math.exp(logits[i * classes + c] - max);
                sum += e;
                if (logits[i * classes + c] == max) {
                    best = c;
                }
            }
            predicted[i] = best;
            confidence[i] = 1 / sum;
        }
        return new AnalysisSnapshot.DecisionGrid(GRID, xMin, xMax, yMin, yMax, predicted, confidence);
    }

    private static double[] stepStarts(double[] sizes) {
        double[] starts = new double[sizes.length];
        double t = 0;
        for (int i = 0; i < sizes.length; i++) {
            starts[i] = t;
            t += sizes[i];
        }
        return starts;
    }

    private static double stepInForce(double[] starts, double[] sizes, double t) {
        for (int i = sizes.length - 1; i >= 0; i--) {
            if (starts[i] <= t) {
                return sizes[i];
            }
        }
        return sizes.length > 0 ? sizes[0] : Double.NaN;
    }
}
