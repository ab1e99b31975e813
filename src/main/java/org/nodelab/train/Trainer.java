package org.nodelab.train;

import java.util.Arrays;
import org.nodelab.model.Knob;
import org.nodelab.model.ModelTask;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;
import org.nodelab.ode.Adjoint;
import org.nodelab.ode.Backprop;
import org.nodelab.ode.Gradient;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.DatasetRegistry;
import org.nodelab.train.data.GeneratorSettings;
import org.nodelab.train.data.TaskKind;

/**
 * One training run, stepped one iteration at a time by whoever owns it (the session's thread, a CLI loop or
 * a test). Not thread-safe. A failed iteration (solver trouble, NaN or Inf) changes nothing: the parameters
 * stay those of the last good iteration and the reason comes back in {@link IterationMetrics#fault()}.
 */
public final class Trainer implements AutoCloseable {

    private TrainingConfig config;
    private final Dataset data;
    private final TrainingTask task;
    private final NeuralOdeModel model;
    private final AdamOptimizer optimizer;
    private final Regularizers regularizers;
    private final double[] gradient;
    private final FieldTimer field;
    private int iteration;

    public Trainer(TrainingConfig config) {
        this(config, DatasetRegistry.generate(config.data().dataset(),
                GeneratorSettings.of(config.data().points(), config.data().noise(), config.data().seed())));
    }

    /** Trains on a given dataset (an imported CSV, say); the config's dataset fields only label the run. */
    public Trainer(TrainingConfig config, Dataset data) {
        NativeMemoryGuard.install();
        this.data = data;
        boolean series = data.kind() == TaskKind.TIME_SERIES;
        if (data.kind() == TaskKind.REGRESSION) {
            throw new IllegalArgumentException(data.name() + " is a regression set; the trainer handles "
                    + "classification and time series");
        }
        int outputs = series ? data.timeSeriesLayout().orElseThrow().valuesPerObservation() : data.classCount();
        ModelConfig fitted = config.model().withDimensions(data.featureDimension(), outputs);
        ModelTask kind = series ? ModelTask.TIME_SERIES : ModelTask.CLASSIFICATION;
        if (!fitted.family().tasks().contains(kind)) {
            throw new IllegalArgumentException("the " + fitted.family().id() + " family does not train "
                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        this.config = config.withModel(fitted);
        // T is live, so the task reads it from the current config at every solve.
        this.task = series ? new TimeSeriesTask(data)
                : new ClassificationTask(data, () -> this.config.integrationTime());
        this.model = NeuralOdeModels.create(fitted);
        this.optimizer = new AdamOptimizer(model.parameterCount(), config.optimizer().learningRate());
        this.regularizers = new Regularizers(config.data().seed() ^ 0x5DEECE66DL);
        this.gradient = new double[model.parameterCount()];
        this.field = FieldTimer.wrap(model.field());
    }

    public TrainingConfig config() {
        return config;
    }

    public NeuralOdeModel model() {
        return model;
    }

    public Dataset data() {
        return data;
    }

    public int iteration() {
        return iteration;
    }

    /** What besides the config decides the next iterations, to save with a session. */
    public TrainerState state() {
        AdamOptimizer.Snapshot moments = optimizer.snapshot();
        return new TrainerState(iteration, model.parameters(), moments.moments(), moments.iteration(),
                regularizers.randomState());
    }

    /**
     * Puts this trainer, built from the config the state was saved under, where the saved one was: its next
     * iterations then give the very losses the saved trainer's would have.
     *
     * @throws IllegalArgumentException if the state does not fit this model (sizes) or holds a non-finite number
     */
    public void restore(TrainerState state) {
        double[] theta = state.parameters();
        double[] moments = state.optimizerMoments();
        if (theta.length != model.parameterCount()) {
            throw new IllegalArgumentException("the saved state has " + theta.length + " parameters but this model"
                    + " has " + model.parameterCount());
        }
        if (moments.length != 2 * model.parameterCount()) {
            throw new IllegalArgumentException("the saved optimizer state has " + moments.length + " moments; a "
                    + "model of " + model.parameterCount() + " parameters has " + 2 * model.parameterCount());
        }
        if (!allFinite(theta) || !allFinite(moments)) {
            throw new IllegalArgumentException("the saved parameters and optimizer moments must all be finite");
        }
        System.arraycopy(theta, 0, model.parameters(), 0, theta.length);
        model.parametersChanged();
        optimizer.restore(new AdamOptimizer.Snapshot(moments, state.optimizerSteps()));
        regularizers.restoreRandomState(state.randomState());
        iteration = state.iteration();
    }

    /** The time the model's flow runs for in training: T, or the time series' training horizon. */
    public double horizon() {
        return task.trainingHorizon();
    }

    /**
     * Applies the live settings of {@code next} (see {@link ConfigChange}): knobs, solver, gradient method,
     * regularizer, optimizer, integration time. Build a new trainer instead when the change restarts.
     */
    public void apply(TrainingConfig next) {
        ConfigChange change = ConfigChange.between(config, next);
        if (change.restarts()) {
            throw new IllegalArgumentException("this change needs a restart (" + change.reason() + ")");
        }
        ModelConfig live = config.model();
        for (Knob knob : Knob.values()) {
            double wanted = next.model().knob(knob);
            // Only knobs the user moved are written, so a learned γ is not reset by an unrelated change.
            if (wanted != live.knob(knob) && model.knobs().contains(knob)) {
                model.setKnob(knob, wanted);
            }
            live = live.withKnob(knob, wanted);
        }
        this.config = next.withModel(live);
        optimizer.setLearningRate(next.optimizer().learningRate());
    }

    /** The solver a training solve uses: Verlet only where the field is a split system and no tape is kept. */
    public SolverOptions solverOptions() {
        return solverOptions(needsTape());
    }

    /**
     * The run's solver and tolerances for a solve of the model's flow that keeps its step tape or not, with the
     * solver's own fallback where it cannot integrate the field so (Verlet: rk4 at the same step). Fixed-step
     * methods take 20 steps over the training horizon.
     */
    public SolverOptions solverOptions(boolean keepTape) {
        SolverOptions options = OdeSolver.withFallback(field, config.solverOptions().withRecordSteps(keepTape));
        return options.method().isAdaptive() ? options : options.withStepSize(task.trainingHorizon() / 20);
    }

    private void addFieldGradient(double[] inputs, Gradient g) {
        RegularizationInput.addFieldGradient(model, inputs, g, gradient);
    }

    /** The regularizer the config asks for at the coming iteration's λ, built fresh from the run's random stream. */
    private Regularizer regularizer() {
        return regularizers.create(config.regularizer().kind(), new Regularizers.Settings(
                config.regularizer().strengthAt(iteration + 1), config.solver().method(), config.solver().rtol(),
                config.solver().atol(), config.data().seed()));
    }

    /** Whether this iteration needs the forward solve's steps: backprop, and the regularizers that walk them. */
    private boolean needsTape() {
        return config.gradient() == GradientMethod.BACKPROP || regularizer().need() == Regularizer.Need.STEP_TAPE;
    }

    /** One optimizer step on a batch of training points, then the test figures with the updated parameters. */
    public IterationMetrics step() {
        long started = System.nanoTime();
        field.nanos = 0;
        int next = iteration + 1;
        double[] saved = model.parameters().clone();
        Batch batch = Batch.of(task.trainSize(), config.optimizer().batchSize(), next, config.data().seed());
        Regularizer regularizer = regularizer();
        SolverOptions options = solverOptions();
        double sampleTime = regularizer.sampleTime(task.trainingHorizon());
        double[] times = task.trainingTimes(sampleTime);

        double[] inputs = task.inputs(batch);
        double[] start = new double[batch.size() * model.stateDimension()];
        model.initialState(inputs, start);
        Solution forward = OdeSolver.solve(field, start, times, options);
        if (!forward.isSuccess()) {
            return failure(next, forward, started, "the forward solve stopped: " + forward.message());
        }
        Arrays.fill(gradient, 0);
        double[][] cotangents = new double[times.length][];
        TrainingTask.Fit fit = task.fit(model, forward, batch, cotangents, gradient);
        Gradient back = config.gradient() == GradientMethod.ADJOINT
                ? Adjoint.gradient(field, forward, cotangents,
                        LossGradient.adjointOptions(model, options, config.solver().adjointNorm()))
                : Backprop.gradient(field, forward, cotangents, regularizer.backpropPenalty());
        if (!back.isSuccess()) {
            return failure(next, forward, started, "the backward pass stopped: " + back.message());
        }
        addFieldGradient(inputs, back);
        double[] sampledState = Double.isNaN(sampleTime) ? null : forward.states()[task.indexOf(times, sampleTime)];
        Regularizer.Contribution added = regularizer.contribute(new RegularizationInput(model, field, forward, times,
                sampleTime, sampledState, inputs, back, config.gradient(), next), gradient);
        long backwardEvaluations = back.backwardEvaluations() + added.evaluations();
        double regularization = added.value();

        if (!Double.isFinite(fit.loss()) || !Double.isFinite(regularization) || !allFinite(gradient)) {
            return failure(next, forward, started, "the loss or its gradient became NaN or infinite");
        }
        AdamOptimizer.Snapshot moments = optimizer.snapshot();
        double norm = optimizer.step(model.parameters(), gradient, config.optimizer().clipNorm());
        model.parametersChanged();
        if (!allFinite(model.parameters())) {
            rollBack(saved, moments);
            return failure(next, forward, started, "the update produced NaN or infinite parameters");
        }
        double trainingMillis = (System.nanoTime() - started) / 1e6;
        double fieldMillis = field.nanos / 1e6;
        // The update counts only once the test solve succeeds with it too: the last good parameters are the
        // last ones whose training and test solves both went through, never the ones that broke.
        Evaluation test = task.test(model, options.withRecordSteps(false));
        if (test.problem() != null || !Double.isFinite(test.loss())) {
            rollBack(saved, moments);
            return failure(next, forward, started, "the test solve with the updated parameters failed: "
                    + (test.problem() != null ? test.problem() : "its loss is " + test.loss()));
        }
        iteration = next;
        return new IterationMetrics(next, fit.loss(), fit.accuracy(), test.loss(), test.accuracy(), regularization,
                forward.statistics().nfe(), backwardEvaluations, forward.statistics().accepted(),
                forward.statistics().rejected(), forward.statistics().stepSizes(), norm, damping(),
                (System.nanoTime() - started) / 1e6, trainingMillis, fieldMillis, null);
    }

    /** Test-set figures at the current parameters with the given solver options. */
    public Evaluation evaluate(SolverOptions options) {
        return task.test(model, options.withRecordSteps(false));
    }

    /**
     * The test part solved in consecutive batches of at most {@code batch} points, one solve per batch with the
     * given options, in order: the per-batch NFE a deployment serving batches of that size pays, and the
     * figures of each batch. Stops after the first batch whose solve fails (its evaluation says why).
     */
    public java.util.List<Evaluation> evaluateInBatches(SolverOptions options, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + batch);
        }
        SolverOptions solve = options.withRecordSteps(false);
        java.util.List<Evaluation> out = new java.util.ArrayList<>();
        int size = task.testSize();
        for (int from = 0; from < size; from += batch) {
            Evaluation e = task.test(model, solve, from, Math.min(size, from + batch));
            out.add(e);
            if (e.problem() != null) {
                break;
            }
        }
        return out;
    }

    /** Points in the test part. */
    public int testSize() {
        return task.testSize();
    }

    /** The live damping γ, or NaN for families without one. */
    public double damping() {
        return model.knobs().contains(Knob.DAMPING) ? model.damping() : Double.NaN;
    }

    @Override
    public void close() {
        model.close();
    }

    private IterationMetrics failure(int next, Solution forward, long started, String reason) {
        return new IterationMetrics(next, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                forward.statistics().nfe(), 0, forward.statistics().accepted(), forward.statistics().rejected(),
                forward.statistics().stepSizes(), Double.NaN, damping(), (System.nanoTime() - started) / 1e6,
                Double.NaN, field.nanos / 1e6, reason + "; the parameters of iteration " + iteration + " are kept");
    }

    private void rollBack(double[] parameters, AdamOptimizer.Snapshot moments) {
        System.arraycopy(parameters, 0, model.parameters(), 0, parameters.length);
        model.parametersChanged();
        optimizer.restore(moments);
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
