package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VelocityVerletTest {

    /** q' = p, p' = −ω² q, batched; energy ½p² + ½ω²q² is conserved exactly by the flow. */
    private static final class Oscillator implements SeparableVectorField {
        final double omega;

        Oscillator(double omega) {
            this.omega = omega;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void positionRate(double t, double[] y, double[] dydt) {
            for (int r = 0; r < y.length; r += 2) {
                dydt[r] = y[r + 1];
            }
        }

        @Override
        public void momentumRate(double t, double[] y, double[] dydt) {
            for (int r = 0; r < y.length; r += 2) {
                dydt[r + 1] = -omega * omega * y[r];
            }
        }

        double energy(double q, double p) {
            return 0.5 * p * p + 0.5 * omega * omega * q * q;
        }
    }

    @Test
    void energyErrorStaysBoundedOverAHundredThousandSteps() {
        Oscillator oscillator = new Oscillator(1.0);
        double h = 0.05;
        int steps = 100_000;
        int samples = 2001;
        double[] times = OdeSolver.linspace(0, steps * h, samples);
        Solution s = OdeSolver.solve(oscillator, new double[] {1, 0}, times,
                SolverOptions.of(Method.VERLET).withStepSize(h).withMaxSteps(steps + 1));
        assertThat(s.isSuccess()).isTrue();
        assertThat(s.statistics().accepted()).isEqualTo(steps);
        double e0 = oscillator.energy(1, 0);
        double earlyWorst = 0;
        double lateWorst = 0;
        for (int k = 0; k < samples; k++) {
            double error = Math.abs(oscillator.energy(s.states()[k][0], s.states()[k][1]) - e0);
            if (k < samples / 10) {
                earlyWorst = Math.max(earlyWorst, error);
            } else if (k > samples * 9 / 10) {
                lateWorst = Math.max(lateWorst, error);
            }
        }
        // Bounded at O(h²) (h²/8 here), and no drift: the last tenth is no worse than the first.
        assertThat(lateWorst).isLessThan(h * h / 4);
        assertThat(lateWorst).isLessThan(1.05 * earlyWorst + 1e-12);
    }

    @Test
    void rk4DriftsWhereVerletDoesNot() {
        // The contrast a classroom sees: a non-symplectic method's energy error grows linearly with time.
        Oscillator oscillator = new Oscillator(1.0);
        double h = 0.5;
        Solution rk4 = OdeSolver.solve(oscillator, new double[] {1, 0}, 0, 4000,
                SolverOptions.of(Method.RK4).withStepSize(h).withMaxSteps(20_000));
        Solution verlet = OdeSolver.solve(oscillator, new double[] {1, 0}, 0, 4000,
                SolverOptions.of(Method.VERLET).withStepSize(h).withMaxSteps(20_000));
        double e0 = oscillator.energy(1, 0);
        double rk4Error = Math.abs(oscillator.energy(rk4.finalState()[0], rk4.finalState()[1]) - e0);
        double verletError = Math.abs(oscillator.energy(verlet.finalState()[0], verlet.finalState()[1]) - e0);
        assertThat(verletError).isLessThan(h * h / 4);
        assertThat(rk4Error).isGreaterThan(5 * verletError);
    }

    @Test
    void secondOrderAccurate() {
        Oscillator oscillator = new Oscillator(2.0);
        double coarse = error(oscillator, 0.02);
        double fine = error(oscillator, 0.01);
        assertThat(Math.log(coarse / fine) / Math.log(2)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
    }

    private static double error(Oscillator oscillator, double h) {
        Solution s = OdeSolver.solve(oscillator, new double[] {1, 0, 0.5, 1}, 0, 3,
                SolverOptions.of(Method.VERLET).withStepSize(h));
        double q = Math.cos(2 * 3);
        return Math.abs(s.finalState()[0] - q);
    }
}
