package org.nodelab.app;

import java.util.ArrayList;
import java.util.List;

import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

/**
 * Trajectories of the heavy-ball oscillator x'' + γx' + x = 0 from a few starting points, solved as one batch
 * with dopri5. Plain computation with no JavaFX in it, so it can run on any thread.
 */
final class HeavyBallPortrait {

    /** Starting points (x, v): four points on a circle of radius 2.5, so the spirals interleave. */
    static final double[][] STARTS = {{2.5, 0}, {0, 2.5}, {-2.5, 0}, {0, -2.5}};
    static final double END_TIME = 30;
    static final int SAMPLES = 600;

    private static final SolverOptions OPTIONS = SolverOptions.of(Method.DOPRI5).withTolerances(1e-6, 1e-8);

    private HeavyBallPortrait() {
    }

    /**
     * One trajectory per starting point.
     *
     * @param xs, vs  the samples reached (fewer than {@link #SAMPLES} if the solve stopped early)
     */
    record Trajectory(double[] start, double[] xs, double[] vs) {
    }

    /** The outcome of one batched solve, with what it cost. */
    record Portrait(double damping, List<Trajectory> trajectories, long nfe, int accepted, int rejected,
                    boolean success, String message, long elapsedNanos) {
    }

    static Portrait solve(double damping) {
        long started = System.nanoTime();
        double[] y0 = new double[STARTS.length * 2];
        for (int i = 0; i < STARTS.length; i++) {
            y0[2 * i] = STARTS[i][0];
            y0[2 * i + 1] = STARTS[i][1];
        }
        Solution solution = OdeSolver.solve(new HeavyBall(damping), y0, OdeSolver.linspace(0, END_TIME, SAMPLES),
                OPTIONS);

        double[][] states = solution.states();
        List<Trajectory> trajectories = new ArrayList<>(STARTS.length);
        for (int i = 0; i < STARTS.length; i++) {
            double[] xs = new double[states.length];
            double[] vs = new double[states.length];
            for (int k = 0; k < states.length; k++) {
                xs[k] = states[k][2 * i];
                vs[k] = states[k][2 * i + 1];
            }
            trajectories.add(new Trajectory(STARTS[i], xs, vs));
        }
        return new Portrait(damping, List.copyOf(trajectories), solution.statistics().nfe(),
                solution.statistics().accepted(), solution.statistics().rejected(), solution.isSuccess(),
                solution.message(), System.nanoTime() - started);
    }

    /** State (x, v): x' = v, v' = -γv - x, over a batch of points. */
    private static final class HeavyBall implements VectorField {

        private final double damping;

        HeavyBall(double damping) {
            this.damping = damping;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void evaluate(double t, double[] y, double[] dydt) {
            for (int j = 0; j < y.length; j += 2) {
                double x = y[j];
                double v = y[j + 1];
                dydt[j] = v;
                dydt[j + 1] = -damping * v - x;
            }
        }
    }
}
