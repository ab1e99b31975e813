package org.nodelab.train;

/**
 * What one training iteration measured. Immutable; the step-size array is the trainer's private copy.
 *
 * @param nfeForward   evaluations of the training forward solve
 * @param nfeBackward  evaluations of the backward pass (adjoint solve, or stage recomputation for backprop)
 * @param stepSizes    the accepted step sizes of the forward solve
 * @param millis       wall time of the whole iteration, test evaluation included
 * @param trainingMillis  wall time of the training step alone (forward, backward, update)
 * @param fieldMillis  of the training step, the time spent inside the model's field (the network's compute)
 * @param fault        null, or a plain-words reason why this iteration failed and the parameters were restored
 */
public record IterationMetrics(int iteration, double trainLoss, double trainAccuracy, double testLoss,
                               double testAccuracy, double regularization, long nfeForward, long nfeBackward,
                               int accepted, int rejected, double[] stepSizes, double gradientNorm, double damping,
                               double millis, double trainingMillis, double fieldMillis, String fault) {

    public boolean failed() {
        return fault != null;
    }
}
