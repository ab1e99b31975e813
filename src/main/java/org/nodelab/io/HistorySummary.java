package org.nodelab.io;

/** A training run in a few numbers, saved with the model. */
public record HistorySummary(int iterations, double finalTrainLoss, double finalTestLoss, double finalTrainAccuracy,
                             double finalTestAccuracy, double meanNfeForward, double meanNfeBackward) {

    public HistorySummary {
        if (iterations < 0) {
            throw new IllegalArgumentException("history.iterations cannot be negative (" + iterations + ")");
        }
    }
}
