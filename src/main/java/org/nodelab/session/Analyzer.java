package org.nodelab.session;

import org.nodelab.model.NeuralOdeModel;
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
    /** xMin, xMax, yMin, yMax of the last analysis' trajectories in the input plane, or null. */
    private double[] reach;

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
        // The run's own solver, tolerances and step, so that the spectrum view scales the chosen solver's
        // stability region by the steps that solver takes; no tape, so Verlet stays Verlet on a split field.
        SolverOptions options = trainer.solverOptions(false);

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
        // about 130 ms per analysis against 554 ms). Being a plain field, it is not a split system either, so a
        // Verlet run's tangent flow takes Verlet's fallback (rk4) at the same step.
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
        reach = d == 2 ? trajectoryBox(result, stateDim) : null;
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
        // The state-space view frames the data and the trajectories, so the regions cover where the last
        // analysis' trajectories went too: over the data's box alone they shaded a corner of the plot.
        if (reach != null) {
            xMin = Math.min(xMin, reach[0]);
            xMax = Math.max(xMax, reach[1]);
            yMin = Math.min(yMin, reach[2]);
            yMax = Math.max(yMax, reach[3]);
        }
        // A quarter more on each side: trajectories still growing between analyses reach past the last ones,
        // and the view's own margin adds a little; with a tenth, unshaded strips showed at the plot's edges.
        double padX = 0.25 * (xMax - xMin);
        double padY = 0.25 * (yMax - yMin);
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

    /** Where the tracked points went in the first two state components (the input plane), finite values only. */
    private static double[] trajectoryBox(AnalysisSnapshot a, int n) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[] state : a.trajectories()) {
            for (int i = 0; i + n <= state.length; i += n) {
                if (Double.isFinite(state[i]) && Double.isFinite(state[i + 1])
                        && Math.abs(state[i]) < 1e6 && Math.abs(state[i + 1]) < 1e6) {
                    b[0] = Math.min(b[0], state[i]);
                    b[1] = Math.max(b[1], state[i]);
                    b[2] = Math.min(b[2], state[i + 1]);
                    b[3] = Math.max(b[3], state[i + 1]);
                }
            }
        }
        return b[1] >= b[0] && b[3] >= b[2] ? b : null;
    }
}
