package org.nodelab.session;

import java.util.List;
import org.nodelab.dynamics.Eigenvalue;

/**
 * The costly picture of the model's dynamics, computed every few iterations. Immutable.
 *
 * @param times              sample times of the trajectories, 0 to T
 * @param trajectories       one batch state per sample time: the first-order states of the tracked points
 * @param trackedLabels      class of each tracked point
 * @param grid               decision regions for 2-D inputs (null otherwise)
 * @param spectra            Jacobian eigenvalues of the full first-order system at sampled (state, t) pairs
 * @param lyapunovMean       finite-time Lyapunov spectrum of the flow over [0, T], averaged over tracked points
 * @param lyapunovLargest    each tracked point's largest finite-time exponent
 * @param millis             what this analysis cost, in wall-clock milliseconds
 */
public record AnalysisSnapshot(int iteration, int stateDimension, double[] times, double[][] trajectories,
                               int[] trackedLabels, DecisionGrid grid, List<SpectrumSample> spectra,
                               double[] lyapunovMean, double[] lyapunovLargest, double millis) {

    /** Eigenvalues at one (state, t), with the step size the solver used there. */
    public record SpectrumSample(double time, double stepSize, double[] state, List<Eigenvalue> eigenvalues) {
    }

    /** Predicted class over a square grid of the input plane, row-major from (xMin, yMin). */
    public record DecisionGrid(int resolution, double xMin, double xMax, double yMin, double yMax, int[] predicted,
                               double[] confidence) {
    }
}
