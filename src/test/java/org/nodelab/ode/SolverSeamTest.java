package org.nodelab.ode;

import org.nodelab.testing.LinearField;
import org.nodelab.testing.CountingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The term / solver / driver split: each solver stepped by hand through its interface, and the dispatch rules. */
class SolverSeamTest {

    /** q' = p, p' = −ω² q, whose exact flow from (q0, 0) is (q0 cos ωt, −q0 ω sin ωt). */
    private static final class Oscillator implements SeparableVectorField {
        final double omega;
        long positionCalls;

        Oscillator(double omega) {
            this.omega = omega;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void positionRate(double t, double[] y, double[] dydt) {
            positionCalls++;
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
    }

    @Test
    void verletThroughTheSolverInterfaceIsTheLeapfrogStepAndFollowsTheExactFlow() {
        Oscillator oscillator = new Oscillator(1.5);
        Solver verlet = Solvers.of(Method.VERLET);
        Term term = new DriftTerm(oscillator);
        assertThat(verlet.supports(term, SolverOptions.of(Method.VERLET))).isTrue();
        assertThat(verlet.hasErrorEstimate()).isFalse();
        assertThat(verlet.order()).isEqualTo(2);

        double h = 0.01;
        int steps = 400;
        double[] y = {1, 0};
        SolverStepper stepper = verlet.init(term, 0, y);
        assertThat(stepper.evaluations()).isEqualTo(1);
        double w2 = oscillator.omega * oscillator.omega;
        double t = 0;
        for (int i = 0; i < steps; i++) {
            double q = y[0];
            double p = y[1];
            stepper.step(t, h, t + h, y);
            // Half kick, drift, half kick, in the same floating-point order: the same bits.
            double pHalf = p + 0.5 * h * (-w2 * q);
            double q1 = q + h * pHalf;
            double p1 = pHalf + 0.5 * h * (-w2 * q1);
            assertThat(stepper.proposal()).containsExactly(q1, p1);
            assertThat(stepper.error()).isNull();
            double[] mid = new double[2];
            stepper.interpolate(y, h, 0.25, mid);
            assertThat(mid[0]).isEqualTo(q + 0.25 * (q1 - q));
            System.arraycopy(stepper.proposal(), 0, y, 0, 2);
            stepper.accept();
            t += h;
        }
        assertThat(stepper.evaluations()).isEqualTo(steps + 1);
        assertThat(oscillator.positionCalls).isEqualTo(steps);
        double omega = oscillator.omega;
        // Second order: the phase error is about (ωh)² ωt / 24 ≈ 6e-5 here; a first-order step misses by ~1e-2.
        assertThat(y[0]).isCloseTo(Math.cos(omega * t), offset(2e-4));
        assertThat(y[1]).isCloseTo(-omega * Math.sin(omega * t), offset(2e-4));
    }

    @Test
    void verletSaysWhatItCannotIntegrateAndFallsBackToRk4AtTheSameStep() {
        Solver verlet = Solvers.of(Method.VERLET);
        VectorField plain = new LinearField(new double[][] {{0, 1}, {-1, 0}});
        SolverOptions options = SolverOptions.of(Method.VERLET).withStepSize(0.1);
        assertThat(verlet.whyNot(new DriftTerm(plain), options)).contains("split system");
        assertThat(verlet.whyNot(new DriftTerm(new Oscillator(1)), options.withRecordSteps(true))).contains("backprop");
        assertThat(verlet.fallback()).isEqualTo(Method.RK4);

        assertThat(OdeSolver.withFallback(plain, options)).isEqualTo(options.withMethod(Method.RK4));
        assertThat(OdeSolver.withFallback(new Oscillator(1), options.withRecordSteps(true)))
                .isEqualTo(options.withRecordSteps(true).withMethod(Method.RK4));
        assertThat(OdeSolver.withFallback(new Oscillator(1), options)).isEqualTo(options);
        assertThatThrownBy(() -> OdeSolver.solve(plain, new double[] {1, 0}, 0, 1, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split system");
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = "VERLET", mode = EnumSource.Mode.EXCLUDE)
    void everyRungeKuttaMethodIntegratesEveryDriftAndIsItsOwnFallback(Method method) {
        Solver solver = Solvers.of(method);
        assertThat(solver.order()).isEqualTo(method.order());
        assertThat(solver.hasErrorEstimate()).isEqualTo(method.isAdaptive());
        VectorField plain = new LinearField(new double[][] {{-1}});
        SolverOptions options = SolverOptions.of(method).withRecordSteps(true);
        assertThat(solver.supports(new DriftTerm(plain), options)).isTrue();
        assertThat(OdeSolver.withFallback(plain, options)).isEqualTo(options);
    }

    @Test
    void firstSameAsLastSolversReuseTheLastStageAndOthersEvaluateTheFirstAgain() {
        CountingField field = new CountingField(new LinearField(new double[][] {{-1}}));
        double[] y = {1};
        SolverStepper dopri5 = Solvers.of(Method.DOPRI5).init(new DriftTerm(field), 0, y);
        dopri5.step(0, 0.1, 0.1, y);
        double[] y1 = dopri5.proposal().clone();
        dopri5.accept();
        dopri5.step(0.1, 0.1, 0.2, y1);
        assertThat(dopri5.evaluations()).isEqualTo(1 + 6 + 6).isEqualTo(field.calls);
        assertThat(dopri5.rateAtStart()).containsExactly(-y1[0]);
        // exp(−0.1) from one fifth-order step, with an error estimate far below the step's own error.
        assertThat(y1[0]).isCloseTo(Math.exp(-0.1), offset(1e-8));

        CountingField counted = new CountingField(new LinearField(new double[][] {{-1}}));
        SolverStepper rk4 = Solvers.of(Method.RK4).init(new DriftTerm(counted), 0, y);
        rk4.step(0, 0.1, 0.1, y);
        double[] z1 = rk4.proposal().clone();
        rk4.accept();
        rk4.step(0.1, 0.1, 0.2, z1);
        assertThat(rk4.evaluations()).isEqualTo(4 + 4).isEqualTo(counted.calls);
        assertThat(rk4.error()).isNull();
    }

    @Test
    void theAdjointOfAVerletRunIsIntegratedWithRk4AtTheSameStep() {
        TanhNetworkField field = new TanhNetworkField(3, 5);
        double[] y0 = {0.4, -0.7, 1.1, 0.2, 0.3, -0.5};
        double[] times = {0, 0.5, 1.0};
        SolverOptions rk4 = SolverOptions.of(Method.RK4).withStepSize(0.05);
        Solution forward = OdeSolver.solve(field, y0, times, rk4);
        double[][] cotangents = {null, {1, 0, 0, 0, 1, 0}, {0.5, -1, 0, 0.2, 0, 1}};
        Gradient viaVerlet = Adjoint.gradient(field, forward, cotangents, rk4.withMethod(Method.VERLET));
        Gradient viaRk4 = Adjoint.gradient(field, forward, cotangents, rk4);
        assertThat(viaVerlet.isSuccess()).isTrue();
        assertThat(viaVerlet.parameters()).containsExactly(viaRk4.parameters());
        assertThat(viaVerlet.initialState()).containsExactly(viaRk4.initialState());
        assertThat(viaVerlet.backwardEvaluations()).isEqualTo(viaRk4.backwardEvaluations()).isEqualTo(2 * 10 * 4);
    }
}
