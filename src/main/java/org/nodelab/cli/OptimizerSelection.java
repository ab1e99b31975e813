package org.nodelab.cli;

import org.nodelab.train.OptimizerConfig;
import picocli.CommandLine.Option;

/** Adam's options. Left out, a setting keeps its default. */
final class OptimizerSelection {

    @Option(names = "--lr", description = "Adam learning rate.")
    Double learningRate;

    @Option(names = "--clip", description = "Clip gradients to this norm; 0 = off.")
    Double clipNorm;

    @Option(names = "--batch", description = "Points per iteration; 0 = the whole training set.")
    Integer batchSize;

    /** {@code base} with the options given on the command line. */
    OptimizerConfig applyTo(OptimizerConfig base) {
        OptimizerConfig o = learningRate == null ? base : base.withLearningRate(learningRate);
        if (clipNorm != null) {
            o = o.withClipNorm(clipNorm);
        }
        return batchSize == null ? o : o.withBatchSize(batchSize);
    }
}
