package org.nodelab.train;

import org.nodelab.model.ModelConfig;
import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;

/**
 * One immutable description of a training run. The trainer applies a new config at the next iteration
 * boundary. Live (kept parameters and optimizer state): damping, ξ, γ shift, regularizer and λ, solver and
 * tolerances, gradient method, learning rate, clipping, integration time. Restart (fresh model and data):
 * model family, shape and seed, and anything about the dataset; {@link #requiresRestart} says which.
 *
 * @param points            dataset size (train plus test)
 * @param batchSize         points per iteration; 0 means the whole training set
 * @param integrationTime   T: the model maps inputs through the flow from 0 to T
 * @param analysisEvery     run the costly analysis (trajectories, spectra, Lyapunov) every k iterations
 */
public record TrainingConfig(ModelConfig model, String dataset, int points, double noise, long dataSeed,
                             Method solver, double rtol, double atol, int maxSteps, GradientMethod gradient,
                             double learningRate, double clipNorm, RegularizerKind regularizer,
                             double regularizationStrength, double integrationTime, int batchSize,
                             int analysisEvery) {

    public TrainingConfig {
        if (model == null || dataset == null || solver == null || gradient == null || regularizer == null) {
            throw new IllegalArgumentException("model, dataset, solver, gradient method and regularizer are required");
        }
        if (points < 8 || points > 1_000_000) {
            throw new IllegalArgumentException("points must be between 8 and 1,000,000, not " + points);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and not negative, not " + noise);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, not " + learningRate);
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("the clipping norm must be finite and not negative (0 = off), not "
                    + clipNorm);
        }
        if (!(regularizationStrength >= 0) || !Double.isFinite(regularizationStrength)) {
            throw new IllegalArgumentException("the regularization strength must be finite and not negative, not "
                    + regularizationStrength);
        }
        if (!(integrationTime > 0) || !Double.isFinite(integrationTime)) {
            throw new IllegalArgumentException("the integration time must be positive and finite, not "
                    + integrationTime);
        }
        if (batchSize < 0 || analysisEvery < 1 || maxSteps < 1) {
            throw new IllegalArgumentException("batch size must be ≥ 0, analysis interval ≥ 1 and max steps ≥ 1");
        }
        // Validates the tolerances with the solver's own message.
        new SolverOptions(solver, rtol, atol, Double.NaN, Double.NaN, maxSteps, false);
    }

    /** The default demo: HBNODE on two spirals, 512 points, width 32, dopri5 at 1e-3, adjoint gradients. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(ModelConfig.defaults(org.nodelab.model.ModelFamily.HBNODE, 2, 2), "spirals", 512,
                0.05, 0, Method.DOPRI5, 1e-3, 1e-3, 10_000, GradientMethod.ADJOINT, 0.01, 10.0,
                RegularizerKind.NONE, 0.0, 1.0, 0, 10);
    }

    /** Forward-solve options; backprop needs the tape. Fixed-step sizes are the trainer's to choose. */
    public SolverOptions solverOptions() {
        return new SolverOptions(solver, rtol, atol, Double.NaN, Double.NaN, maxSteps,
                gradient == GradientMethod.BACKPROP);
    }

    /** Whether moving from this config to {@code next} needs a fresh model and dataset. */
    public boolean requiresRestart(TrainingConfig next) {
        ModelConfig a = model;
        ModelConfig b = next.model;
        // Input and output dimensions follow from the dataset, which is compared on its own.
        boolean sameShape = a.family() == b.family() && a.width() == b.width() && a.depth() == b.depth()
                && a.activation() == b.activation() && a.augment() == b.augment()
                && a.learnDamping() == b.learnDamping() && a.learnInitialVelocity() == b.learnInitialVelocity()
                && a.seed() == b.seed();
        boolean sameData = dataset.equals(next.dataset) && points == next.points && noise == next.noise
                && dataSeed == next.dataSeed;
        return !(sameShape && sameData);
    }

    public TrainingConfig withModel(ModelConfig m) {
        return new TrainingConfig(m, dataset, points, noise, dataSeed, solver, rtol, atol, maxSteps, gradient,
                learningRate, clipNorm, regularizer, regularizationStrength, integrationTime, batchSize, analysisEvery);
    }

    public TrainingConfig withSolver(Method s, double r, double a) {
        return new TrainingConfig(model, dataset, points, noise, dataSeed, s, r, a, maxSteps, gradient,
                learningRate, clipNorm, regularizer, regularizationStrength, integrationTime, batchSize, analysisEvery);
    }

    public TrainingConfig withGradient(GradientMethod g) {
        return new TrainingConfig(model, dataset, points, noise, dataSeed, solver, rtol, atol, maxSteps, g,
                learningRate, clipNorm, regularizer, regularizationStrength, integrationTime, batchSize, analysisEvery);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(model, dataset, points, noise, dataSeed, solver, rtol, atol, maxSteps, gradient,
                lr, clipNorm, regularizer, regularizationStrength, integrationTime, batchSize, analysisEvery);
    }

    public TrainingConfig withRegularizer(RegularizerKind kind, double strength) {
        return new TrainingConfig(model, dataset, points, noise, dataSeed, solver, rtol, atol, maxSteps, gradient,
                learningRate, clipNorm, kind, strength, integrationTime, batchSize, analysisEvery);
    }

    public TrainingConfig withDataset(String id, int n, double noiseLevel, long seed) {
        return new TrainingConfig(model, id, n, noiseLevel, seed, solver, rtol, atol, maxSteps, gradient,
                learningRate, clipNorm, regularizer, regularizationStrength, integrationTime, batchSize, analysisEvery);
    }

    public TrainingConfig withMaxSteps(int n) {
        return new TrainingConfig(model, dataset, points, noise, dataSeed, solver, rtol, atol, n, gradient,
                learningRate, clipNorm, regularizer, regularizationStrength, integrationTime, batchSize, analysisEvery);
    }
}
