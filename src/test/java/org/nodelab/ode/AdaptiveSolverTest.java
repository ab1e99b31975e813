package org.nodelab.ode;

import org.nodelab.testing.LinearField;
import org.nodelab.testing.CountingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AdaptiveSolverTest {

    /** Non-normal, with a complex pair: eigenvalues −0.3 ± 2i and −1. */
    private static final LinearField LINEAR = new LinearField(new double[][] {
            {-0.3, 2.0, 0.5}, {-2.0, -0.3, 1.0}, {0.0, 0.0, -1.0}});
    private static final double[] BATCH = {1, 0, 0.5, -0.2, 0.7, 1.3, 2, -1, 0};

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"BOSH3", "DOPRI5", "TSIT5"})
    void linearSystemMatchesMatrixExponentialAtEveryOutput(Method method) {
        double tol = method == Method.BOSH3 ? 1e-9 : 1e-11;
        double[] times = OdeSolver.linspace(0, 5, 23);
        Solution s = OdeSolver.solve(LINEAR, BATCH, times, SolverOptions.of(method).withTolerances(tol, tol));
        assertThat(s.result()).isEqualTo(ResultCode.SUCCESS);
        assertThat(s.states().length).isEqualTo(times.length);
        for (int k = 0; k < times.length; k++) {
            assertClose(s.states()[k], LINEAR.exact(times[k], BATCH), method == Method.BOSH3 ? 2e-6 : 2e-8);
        }
    }

    @Test
    void integratesBackwardInTime() {
        Solution s = OdeSolver.solve(LINEAR, BATCH, new double[] {2, 0.5, -3},
                SolverOptions.defaults().withTolerances(1e-11, 1e-11));
        assertThat(s.isSuccess()).isTrue();
        assertClose(s.states()[1], LINEAR.exact(-1.5, BATCH), 1e-8);
        assertClose(s.states()[2], LINEAR.exact(-5, BATCH), 1e-7);
        assertThat(java.util.Arrays.stream(s.statistics().stepSizes()).allMatch(h -> h < 0)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"BOSH3", "DOPRI5", "TSIT5"})
    void nfeFollowsTheTorchdiffeqFormulaAndCountsRealCalls(Method method) {
        int perStep = method.tableau().stages() - 1;
        CountingField field = new CountingField(LINEAR);
        Solution automatic = OdeSolver.solve(field, BATCH, OdeSolver.linspace(0, 10, 7),
                SolverOptions.of(method).withTolerances(1e-6, 1e-8));
        SolveStatistics st = automatic.statistics();
        assertThat(st.nfe()).isEqualTo(2 + (long) perStep * st.steps()).isEqualTo(field.calls);

        // A first step far too large forces rejections; without the starting-step rule only f(y0) is extra.
        CountingField counted = new CountingField(LINEAR);
        Solution forced = OdeSolver.solve(counted, BATCH, new double[] {0, 10},
                SolverOptions.of(method).withTolerances(1e-6, 1e-8).withFirstStep(8.0));
        assertThat(forced.statistics().rejected()).isPositive();
        assertThat(forced.statistics().nfe()).isEqualTo(1 + (long) perStep * forced.statistics().steps())
                .isEqualTo(counted.calls);
    }

    @Test
    void outputTimesNeverShortenSteps() {
        SolverOptions options = SolverOptions.defaults().withTolerances(1e-6, 1e-6);
        Solution two = OdeSolver.solve(LINEAR, BATCH, new double[] {0, 7}, options);
        Solution many = OdeSolver.solve(LINEAR, BATCH, OdeSolver.linspace(0, 7, 200), options);
        assertThat(many.statistics().accepted()).isEqualTo(two.statistics().accepted());
        assertThat(many.statistics().rejected()).isEqualTo(two.statistics().rejected());
        assertThat(many.statistics().nfe()).isEqualTo(two.statistics().nfe());
        assertThat(many.finalState()).containsExactly(two.finalState());
        // The last step runs past the end time; the value there is interpolated.
        assertThat(two.lastTime()).isGreaterThanOrEqualTo(7.0);
    }

    @Test
    void stepControllerNeverShrinksAfterAnAcceptedStep() {
        StepSizeController controller = new StepSizeController(5);
        for (double ratio : new double[] {1e-12, 0.01, 0.3, 0.7, 0.99}) {
            assertThat(controller.nextStep(0.1, ratio)).isBetween(0.1, 1.0);
        }
        assertThat(controller.nextStep(0.1, 0)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(controller.nextStep(0.1, 50)).isBetween(0.02, 0.1);
        assertThat(controller.nextStep(0.1, 1e30)).isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(controller.nextStep(0.1, Double.NaN)).isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void agreesWithHipparchusDormandPrince54OnVanDerPol() {
        VectorField vanDerPol = new VectorField() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                dydt[0] = y[1];
                dydt[1] = 2.0 * (1 - y[0] * y[0]) * y[1] - y[0];
            }
        };
        double[] y0 = {2, 0};
        double t1 = 8;
        Solution ours = OdeSolver.solve(vanDerPol, y0, 0, t1, SolverOptions.defaults().withTolerances(1e-11, 1e-11));

        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] d = new double[2];
                vanDerPol.evaluate(t, y, d);
                return d;
            }
        };
        DormandPrince54Integrator hipparchus = new DormandPrince54Integrator(1e-12, 10, 1e-12, 1e-12);
        ODEStateAndDerivative theirs = hipparchus.integrate(ode, new ODEState(0, y0), t1);
        assertClose(ours.finalState(), theirs.getPrimaryState(), 1e-7);
    }

    @Test
    void arenstorfOrbitClosesAfterOnePeriod() {
        double mu = 0.012277471;
        double period = 17.0652165601579625588917206249;
        double[] y0 = {0.994, 0, 0, -2.00158510637908252240537862224};
        VectorField arenstorf = new VectorField() {
            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public void evaluate(double t, double[] y, double[] d) {
                double m = 1 - mu;
                double d1 = Math.pow((y[0] + mu) * (y[0] + mu) + y[1] * y[1], 1.5);
                double d2 = Math.pow((y[0] - m) * (y[0] - m) + y[1] * y[1], 1.5);
                d[0] = y[2];
                d[1] = y[3];
                d[2] = y[0] + 2 * y[3] - m * (y[0] + mu) / d1 - mu * (y[0] - m) / d2;
                d[3] = y[1] - 2 * y[2] - m * y[1] / d1 - mu * y[1] / d2;
            }
        };
        for (Method method : new Method[] {Method.DOPRI5, Method.TSIT5}) {
            Solution s = OdeSolver.solve(arenstorf, y0, 0, period,
                    SolverOptions.of(method).withTolerances(1e-12, 1e-12));
            assertThat(s.isSuccess()).isTrue();
            assertClose(s.finalState(), y0, 2e-6);
        }
    }

    @Test
    void blowUpStopsWithTheLastGoodState() {
        // y' = y², y(0) = 1 has the solution 1/(1 − t), which leaves every finite bound at t = 1.
        VectorField blowUp = scalar((t, y) -> y * y);
        Solution s = OdeSolver.solve(blowUp, new double[] {1}, 0, 2, SolverOptions.defaults());
        assertThat(s.result()).isIn(ResultCode.STEP_SIZE_UNDERFLOW, ResultCode.NON_FINITE_STATE,
                ResultCode.MAX_STEPS_REACHED);
        assertThat(s.lastTime()).isBetween(0.99, 1.001);
        assertThat(s.lastState()[0]).isFinite().isGreaterThan(100);
        assertThat(s.message()).isNotBlank();
        assertThat(s.states().length).isEqualTo(1);
    }

    @Test
    void fieldThatTurnsNaNIsReportedAsNonFinite() {
        VectorField poisoned = scalar((t, y) -> t > 1 ? Double.NaN : -y);
        Solution s = OdeSolver.solve(poisoned, new double[] {1}, 0, 3, SolverOptions.defaults());
        assertThat(s.result()).isEqualTo(ResultCode.NON_FINITE_STATE);
        assertThat(s.lastTime()).isLessThanOrEqualTo(1.0).isGreaterThan(0.5);
        assertThat(s.lastState()[0]).isFinite();

        Solution atStart = OdeSolver.solve(scalar((t, y) -> Math.sqrt(-1 - y)), new double[] {1}, 0, 1,
                SolverOptions.defaults());
        assertThat(atStart.result()).isEqualTo(ResultCode.NON_FINITE_STATE);
        assertThat(atStart.message()).contains("initial state");
    }

    @Test
    void stepLimitStopsWithProgressSoFar() {
        Solution s = OdeSolver.solve(LINEAR, BATCH, OdeSolver.linspace(0, 50, 11),
                SolverOptions.defaults().withMaxSteps(20));
        assertThat(s.result()).isEqualTo(ResultCode.MAX_STEPS_REACHED);
        assertThat(s.statistics().steps()).isEqualTo(20);
        assertThat(s.lastTime()).isGreaterThan(0).isLessThan(50);
        assertThat(s.states().length).isLessThan(11);
        assertClose(s.lastState(), LINEAR.exact(s.lastTime(), BATCH), 1e-5);
    }

    @Test
    void badArgumentsAreRejectedWithAReason() {
        SolverOptions o = SolverOptions.defaults();
        assertThatThrownBy(() -> OdeSolver.solve(LINEAR, new double[] {1, 2}, 0, 1, o))
                .hasMessageContaining("dimension 3");
        assertThatThrownBy(() -> OdeSolver.solve(LINEAR, BATCH, new double[] {0, 1, 1}, o))
                .hasMessageContaining("strictly");
        assertThatThrownBy(() -> OdeSolver.solve(LINEAR, new double[] {1, Double.NaN, 0}, 0, 1, o))
                .hasMessageContaining("component 1");
        assertThatThrownBy(() -> o.withTolerances(-1, 1e-3)).hasMessageContaining("tolerances");
        assertThatThrownBy(() -> Method.fromId("rk45")).hasMessageContaining("dopri5");
    }

    interface Scalar {
        double rate(double t, double y);
    }

    static VectorField scalar(Scalar f) {
        return new VectorField() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                for (int i = 0; i < y.length; i++) {
                    dydt[i] = f.rate(t, y[i]);
                }
            }
        };
    }

    static void assertClose(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("component %d", i)
                    .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
