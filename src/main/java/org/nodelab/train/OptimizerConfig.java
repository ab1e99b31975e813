package org.nodelab.train;

/**
 * Adam's settings. All live: a change applies at the next iteration and keeps the optimizer's moments.
 *
 * @param clipNorm   gradients are scaled down to this norm when longer; 0 turns clipping off
 * @param batchSize  points per iteration; 0 means the whole training set
 */
public record OptimizerConfig(double learningRate, double clipNorm, int batchSize) {

    public OptimizerConfig {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, not " + learningRate);
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("the clipping norm must be finite and not negative (0 = off), not "
                    + clipNorm);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be ≥ 0, analysis interval ≥ 1 and max steps ≥ 1");
        }
    }

    public OptimizerConfig withLearningRate(double lr) {
        return new OptimizerConfig(lr, clipNorm, batchSize);
    }

    public OptimizerConfig withClipNorm(double norm) {
        return new OptimizerConfig(learningRate, norm, batchSize);
    }

    public OptimizerConfig withBatchSize(int n) {
        return new OptimizerConfig(learningRate, clipNorm, n);
    }
}
