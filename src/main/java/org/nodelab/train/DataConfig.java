package org.nodelab.train;

/**
 * Which data a run trains on. Any change to it restarts the run with a fresh dataset.
 *
 * @param dataset  a generated dataset's id, or the label of an imported one
 * @param points   dataset size (train plus test)
 * @param noise    noise of a generated dataset
 * @param seed     seed of the data, of the batches and of the regularizers' sampling
 */
public record DataConfig(String dataset, int points, double noise, long seed) {

    public DataConfig {
        if (dataset == null) {
            throw new IllegalArgumentException("model, dataset, solver, gradient method and regularizer are required");
        }
        if (points < 8 || points > 1_000_000) {
            throw new IllegalArgumentException("points must be between 8 and 1,000,000, not " + points);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and not negative, not " + noise);
        }
    }

    public DataConfig withDataset(String id) {
        return new DataConfig(id, points, noise, seed);
    }

    public DataConfig withPoints(int n) {
        return new DataConfig(dataset, n, noise, seed);
    }

    public DataConfig withNoise(double level) {
        return new DataConfig(dataset, points, level, seed);
    }

    public DataConfig withSeed(long s) {
        return new DataConfig(dataset, points, noise, s);
    }
}
