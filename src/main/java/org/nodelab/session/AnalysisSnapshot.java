package org.nodelab.session;

import java.util.List;
import org.nodelab.dynamics.Eigenvalue;
import org.nodelab.ode.SolveStatistics;

/**
 * The costly picture of a flow's dynamics: of a model being trained, or of a system being explored. Computed
 * every few iterations (or once per change of the system), immutable.
 *
 * @param times              sample times of the trajectories, 0 to T
 * @param trajectories       one batch state per sample time: the first-order states of the tracked points
 * @param trackedLabels      class of each tracked point (0 for systems and time series)
 * @param grid               decision regions for 2-D inputs (null otherwise)
 * @param field              the vector field on a slice through the state space at a few times (null on failure)
 * @param spectra            Jacobian eigenvalues of the full first-order system at sampled (state, t) pairs
 * @param lyapunovMean       finite-time Lyapunov spectrum of the flow over [0, T], averaged over the first
 *                           {@code lyapunovLargest.length} tracked points
 * @param lyapunovLargest    the largest finite-time exponent of each of those points
 * @param flow               statistics of the trajectories' solve (NFE, steps, step sizes)
 * @param millis             what this analysis cost, in wall-clock milliseconds
 */
public record AnalysisSnapshot(int iteration, int stateDimension, double[] times, double[][] trajectories,
                               int[] trackedLabels, DecisionGrid grid, FieldSlice field,
                               List<SpectrumSample> spectra, double[] lyapunovMean, double[] lyapunovLargest,
                               SolveStatistics flow, String problem, double millis) {

    /** Eigenvalues at one (state, t), with the step size the solver used there. */
    public record SpectrumSample(double time, double stepSize, double[] state, List<Eigenvalue> eigenvalues) {
    }

    /** Predicted class over a square grid of the input plane, row-major from (xMin, yMin). */
    public record DecisionGrid(int resolution, double xMin, double xMax, double yMin, double yMax, int[] predicted,
                               double[] confidence) {
    }

    /** Number of tracked points. */
    public int trackedCount() {
        return trackedLabels.length;
    }
}
