package org.nodelab.train;

/**
 * Everything besides the config that decides a trainer's next iterations: the iteration counter (the batches
 * and the kinetic regularizer's probes follow from it and the data seed), the weights, Adam's moments and step
 * count, and the regularizers' random stream. A trainer restored to it from the same config trains on bit for
 * bit as the one it was taken from (see {@link Trainer#restore}).
 *
 * @param iteration        iterations done (failed ones do not count)
 * @param parameters       the model's flat parameter vector
 * @param optimizerMoments Adam's state: the first moments, then the second, one of each per parameter
 * @param optimizerSteps   Adam's step count, which its bias correction uses
 * @param randomState      the state of the regularizers' random stream ({@link RandomStream#state()})
 */
public record TrainerState(int iteration, double[] parameters, double[] optimizerMoments, int optimizerSteps,
                           long randomState) {

    public TrainerState {
        if (iteration < 0 || optimizerSteps < 0) {
            throw new IllegalArgumentException("the iteration and optimizer step counts cannot be negative ("
                    + iteration + ", " + optimizerSteps + ")");
        }
        parameters = parameters.clone();
        optimizerMoments = optimizerMoments.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] optimizerMoments() {
        return optimizerMoments.clone();
    }
}
