package org.nodelab.session;

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
 * iterations, within a budget: never more than half the time spent training since the last analysis.
 */
final class Analyzer {

    static final int TRACKED_POINTS = 48;
    /** Finite-time exponents cost a tangent basis per point; a third of the tracked points get them. */
    static final int LYAPUNOV_POINTS = 16;
    static final int GRID = 40;
    /** Analysis may take at most this share of the training time since the last analysis. */
    static final double BUDGET_SHARE = 0.5;

    private final Trainer trainer;
    private final int[] tracked;
    private final double[] trainInputs;
    private final int[] trainLabels;
    private volatile Projection projection = Projection.FIRST_TWO;
    private double lastMillis;
    private int lastIteration = -1;
    private double trainingMillisSince;

    Analyzer(Trainer trainer) {
        this.trainer = trainer;
        Dataset data = trainer.data();
        this.trainInputs = data.train().features();
        this.trainLabels = data.train().isLabeled() ? data.train().labels() : new int[data.train().size()];
        int n = trainLabels.length;
        int count = Math.min(TRACKED_POINTS, n);
        int[] even = new int[count];
        for (int i = 0; i < count; i++) {
            even[i] = (int) ((long) i * n / count);
        }
        // Every third point first, so the Lyapunov subset spreads over the whole set (datasets come class by class).
        this.tracked = new int[count];
        int k = 0;
        for (int phase = 0; phase < 3; phase++) {
            for (int i = phase; i < count; i += 3) {
                tracked[k++] = even[i];
            }
        }
    }

    void setProjection(Projection p) {
        projection = p;
    }

    /** Whether to analyze after this iteration: every k iterations, and only while within the budget. */
    boolean due(int iteration, int every, double iterationMillis) {
        trainingMillisSince += iterationMillis;
        if (lastIteration < 0) {
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
                .withTolerances(trainer.config().solver().rtol(), trainer.config().solver().atol())
                .withMaxSteps(trainer.config().solver().maxSteps());

        double[] inputs = new double[tracked.length * d];
        int[] labels = new int[tracked.length];
        for (int i = 0; i < tracked.length; i++) {
            System.arraycopy(trainInputs, tracked[i] * d, inputs, i * d, d);
            labels[i] = trainLabels[tracked[i]];
        }
        double[] start = new double[tracked.length * stateDim];
        model.initialState(inputs, start);

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
        AnalysisSnapshot.DecisionGrid grid = d == 2 && data.kind() == org.nodelab.train.data.TaskKind.CLASSIFICATION
                ? decisionGrid(model, data, options) : null;
        AnalysisSnapshot result = FlowPicture.compute(iteration, network, batchedOnly, start, labels,
                LYAPUNOV_POINTS, end, options, projection, grid, started);
        lastMillis = result.millis();
        lastIteration = iteration;
        trainingMillisSince = 0;
        return result;
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
}
