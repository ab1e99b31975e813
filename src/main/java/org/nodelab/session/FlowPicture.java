package org.nodelab.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nodelab.dynamics.FiniteTimeLyapunov;
import org.nodelab.dynamics.FiniteTimeLyapunovResult;
import org.nodelab.dynamics.Jacobians;
import org.nodelab.dynamics.Spectrum;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

/**
 * What the state-space, spectrum and Lyapunov views show of any flow, trained model or explored system alike:
 * trajectories of a batch of starting points, a field slice for arrows, Jacobian spectra along the way with
 * the step size in force, and finite-time Lyapunov exponents.
 */
final class FlowPicture {

    static final int SAMPLES = 41;
    static final int SPECTRUM_POINTS = 4;
    static final int SPECTRUM_TIMES = 5;
    static final int SLICE_TIMES = 9;
    static final int SLICE_GRID = 15;

    private FlowPicture() {
    }

    /**
     * @param field         the flow's field (batched rows of {@code dimension} numbers)
     * @param lyapunovField the field the Lyapunov exponents are computed with (the same flow, perhaps without
     *                      an analytic Jacobian so that the tangent rows run batched)
     * @param start         starting points, row-major
     * @param lyapunovPoints how many of the first starting points get finite-time exponents (0 for none)
     */
    static AnalysisSnapshot compute(int iteration, VectorField field, VectorField lyapunovField, double[] start,
                                    int[] labels, int lyapunovPoints, double end, SolverOptions options,
                                    Projection projection, AnalysisSnapshot.DecisionGrid grid, long startedNanos) {
        return compute(iteration, field, lyapunovField, start, labels, lyapunovPoints, end, SAMPLES, options,
                projection, grid, startedNanos);
    }

    /** @param samples how many times in [0, T] the trajectories are recorded at (dense output, no extra NFE) */
    static AnalysisSnapshot compute(int iteration, VectorField field, VectorField lyapunovField, double[] start,
                                    int[] labels, int lyapunovPoints, double end, int samples, SolverOptions options,
                                    Projection projection, AnalysisSnapshot.DecisionGrid grid, long startedNanos) {
        int n = field.dimension();
        int points = start.length / n;
        double[] times = OdeSolver.linspace(0, end, samples);
        Solution trajectory = OdeSolver.solve(field, start, times, options);
        double[][] states = trajectory.states();
        double[] reached = Arrays.copyOf(times, states.length);
        String problem = trajectory.isSuccess() ? null : "the trajectories stopped at t = "
                + String.format("%.4g", trajectory.lastTime()) + ": " + trajectory.message();

        List<AnalysisSnapshot.SpectrumSample> spectra = spectra(field, trajectory, reached, n, points);
        Projection shown = projection.fitting(n);
        FieldSlice slice = states.length == 0 ? null : slice(field, reached, states, n, points, shown);

        double[] mean = new double[0];
        double[] largest = new double[0];
        int count = Math.min(lyapunovPoints, points);
        if (count > 0 && trajectory.isSuccess()) {
            // The tangent flow is stepped like its field: Verlet only where that field is a split system, else
            // Verlet's fallback at the same step.
            FiniteTimeLyapunovResult ftle = FiniteTimeLyapunov.compute(lyapunovField,
                    Arrays.copyOf(start, count * n), 0, end, n, OdeSolver.withFallback(lyapunovField, options));
            if (ftle.isSuccess()) {
                mean = ftle.mean();
                largest = ftle.leading();
            } else if (problem == null) {
                problem = "the Lyapunov exponents could not be computed: " + ftle.message();
            }
        }
        double millis = (System.nanoTime() - startedNanos) / 1e6;
        return new AnalysisSnapshot(iteration, n, reached, states, labels.clone(), grid, slice, List.copyOf(spectra),
                mean, largest, trajectory.statistics(), problem, millis);
    }

    private static List<AnalysisSnapshot.SpectrumSample> spectra(VectorField field, Solution trajectory,
                                                                 double[] times, int n, int points) {
        List<AnalysisSnapshot.SpectrumSample> spectra = new ArrayList<>();
        double[] sizes = trajectory.statistics().stepSizes();
        double[] starts = new double[sizes.length];
        double t0 = 0;
        for (int i = 0; i < sizes.length; i++) {
            starts[i] = t0;
            t0 += sizes[i];
        }
        int available = times.length;
        for (int k = 0; k < SPECTRUM_TIMES && available > 0; k++) {
            int sample = k * (available - 1) / Math.max(1, SPECTRUM_TIMES - 1);
            double t = times[sample];
            double h = stepInForce(starts, sizes, t);
            for (int p = 0; p < Math.min(SPECTRUM_POINTS, points); p++) {
                double[] point = Arrays.copyOfRange(trajectory.states()[sample], p * n, (p + 1) * n);
                if (!allFinite(point)) {
                    continue;
                }
                double[][] jacobian = Jacobians.at(field, t, point);
                if (allFinite(jacobian)) {
                    spectra.add(new AnalysisSnapshot.SpectrumSample(t, h, point, Spectrum.eigenvalues(jacobian)));
                }
            }
        }
        return spectra;
    }

    /** The field on the projection plane at a few times, other components at the cloud's mean. */
    private static FieldSlice slice(VectorField field, double[] times, double[][] states, int n, int points,
                                    Projection projection) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double[] state : states) {
            for (int p = 0; p < points; p++) {
                double x = state[p * n + projection.x()];
                double y = state[p * n + projection.y()];
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    xMin = Math.min(xMin, x);
                    xMax = Math.max(xMax, x);
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        if (!(xMax >= xMin) || !(yMax >= yMin)) {
            return null;
        }
        double padX = Math.max(0.1 * (xMax - xMin), 1e-3);
        double padY = Math.max(0.1 * (yMax - yMin), 1e-3);
        xMin -= padX;
        xMax += padX;
        yMin -= padY;
        yMax += padY;
        int r = SLICE_GRID;
        int cells = r * r;
        int sliceTimes = Math.min(SLICE_TIMES, times.length);
        double[] sliceAt = new double[sliceTimes];
        double[][] dx = new double[sliceTimes][cells];
        double[][] dy = new double[sliceTimes][cells];
        double[] rows = new double[cells * n];
        double[] rates = new double[cells * n];
        for (int k = 0; k < sliceTimes; k++) {
            int sample = k * (times.length - 1) / Math.max(1, sliceTimes - 1);
            sliceAt[k] = times[sample];
            double[] mean = new double[n];
            int finite = 0;
            for (int p = 0; p < points; p++) {
                double[] row = Arrays.copyOfRange(states[sample], p * n, (p + 1) * n);
                if (allFinite(row)) {
                    finite++;
                    for (int j = 0; j < n; j++) {
                        mean[j] += row[j];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                mean[j] = finite == 0 ? 0 : mean[j] / finite;
            }
            for (int row = 0; row < r; row++) {
                for (int c = 0; c < r; c++) {
                    int i = row * r + c;
                    System.arraycopy(mean, 0, rows, i * n, n);
                    rows[i * n + projection.x()] = xMin + (xMax - xMin) * (c + 0.5) / r;
                    rows[i * n + projection.y()] = yMin + (yMax - yMin) * (row + 0.5) / r;
                }
            }
            field.evaluate(sliceAt[k], rows, rates);
            for (int i = 0; i < cells; i++) {
                dx[k][i] = rates[i * n + projection.x()];
                dy[k][i] = rates[i * n + projection.y()];
            }
        }
        return new FieldSlice(projection, sliceAt, r, xMin, xMax, yMin, yMax, dx, dy);
    }

    private static double stepInForce(double[] starts, double[] sizes, double t) {
        for (int i = sizes.length - 1; i >= 0; i--) {
            if (starts[i] <= t) {
                return sizes[i];
            }
        }
        return sizes.length > 0 ? sizes[0] : Double.NaN;
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFinite(double[][] m) {
        for (double[] row : m) {
            if (!allFinite(row)) {
                return false;
            }
        }
        return true;
    }
}
