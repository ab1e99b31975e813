package org.nodelab.train;

import java.util.function.UnaryOperator;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;

/**
 * One immutable description of a training run, made of parts. Change one with a {@code with} method that names
 * what it changes, e.g. {@code config.withSolver(s -> s.withRtol(1e-4))} or
 * {@code config.withModel(m -> m.withDamping(0.3))}. Which changes keep the run going and which restart it is
 * {@link ConfigChange}'s to say.
 *
 * @param integrationTime   T: the model maps inputs through the flow from 0 to T (live)
 * @param analysisEvery     run the costly analysis (trajectories, spectra, Lyapunov) every k iterations
 */
public record TrainingConfig(ModelConfig model, DataConfig data, SolverConfig solver, OptimizerConfig optimizer,
                             RegularizerConfig regularizer, double integrationTime, GradientMethod gradient,
                             int analysisEvery) {

    /** A neural ODE's horizon is a few units; past this a file or a typo asks for work without end. */
    public static final double MAX_INTEGRATION_TIME = 1000;

    public TrainingConfig {
        if (model == null || data == null || solver == null || optimizer == null || gradient == null
                || regularizer == null) {
            throw new IllegalArgumentException("model, dataset, solver, gradient method and regularizer are required");
        }
        if (!(integrationTime > 0) || !(integrationTime <= MAX_INTEGRATION_TIME)) {
            throw new IllegalArgumentException("the integration time T must be in (0, " + MAX_INTEGRATION_TIME
                    + "], not " + integrationTime);
        }
        if (analysisEvery < 1) {
            throw new IllegalArgumentException("the analysis interval must be at least 1, not " + analysisEvery);
        }
    }

    /** The default demo: HBNODE on two spirals, 512 points, width 32, dopri5 at 1e-3, adjoint gradients. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(ModelConfig.defaults(ModelFamilies.fromId("hbnode"), 2, 2),
                new DataConfig("spirals", 512, 0.05, 0), new SolverConfig(Method.DOPRI5, 1e-3, 1e-3, 10_000),
                new OptimizerConfig(0.01, 10.0, 0), RegularizerConfig.NONE, 1.0, GradientMethod.ADJOINT, 10);
    }

    /** Forward-solve options; backprop needs the tape. Fixed-step sizes are the trainer's to choose. */
    public SolverOptions solverOptions() {
        return solver.options(gradient == GradientMethod.BACKPROP);
    }

    public TrainingConfig withModel(ModelConfig m) {
        return new TrainingConfig(m, data, solver, optimizer, regularizer, integrationTime, gradient, analysisEvery);
    }

    public TrainingConfig withModel(UnaryOperator<ModelConfig> change) {
        return withModel(change.apply(model));
    }

    public TrainingConfig withData(DataConfig d) {
        return new TrainingConfig(model, d, solver, optimizer, regularizer, integrationTime, gradient, analysisEvery);
    }

    public TrainingConfig withData(UnaryOperator<DataConfig> change) {
        return withData(change.apply(data));
    }

    public TrainingConfig withSolver(SolverConfig s) {
        return new TrainingConfig(model, data, s, optimizer, regularizer, integrationTime, gradient, analysisEvery);
    }

    public TrainingConfig withSolver(UnaryOperator<SolverConfig> change) {
        return withSolver(change.apply(solver));
    }

    public TrainingConfig withOptimizer(OptimizerConfig o) {
        return new TrainingConfig(model, data, solver, o, regularizer, integrationTime, gradient, analysisEvery);
    }

    public TrainingConfig withOptimizer(UnaryOperator<OptimizerConfig> change) {
        return withOptimizer(change.apply(optimizer));
    }

    public TrainingConfig withRegularizer(RegularizerConfig r) {
        return new TrainingConfig(model, data, solver, optimizer, r, integrationTime, gradient, analysisEvery);
    }

    public TrainingConfig withRegularizer(RegularizerKind kind, double strength) {
        return withRegularizer(new RegularizerConfig(kind, strength));
    }

    public TrainingConfig withIntegrationTime(double t) {
        return new TrainingConfig(model, data, solver, optimizer, regularizer, t, gradient, analysisEvery);
    }

    public TrainingConfig withGradient(GradientMethod g) {
        return new TrainingConfig(model, data, solver, optimizer, regularizer, integrationTime, g, analysisEvery);
    }

    public TrainingConfig withAnalysisEvery(int k) {
        return new TrainingConfig(model, data, solver, optimizer, regularizer, integrationTime, gradient, k);
    }
}
