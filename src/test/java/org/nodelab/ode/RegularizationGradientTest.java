package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regularizers' gradients against central differences of the same quantities with step sizes and error
 * scales frozen, which is what the analytic gradients hold fixed.
 */
class RegularizationGradientTest {

    private final TanhNetworkField field = new TanhNetworkField(3, 5);
    private final double[] y = {0.4, -0.7, 1.1, 0.2, 0.3, -0.5};

    @Test
    void stiffnessEstimateGradientMatchesFiniteDifferences() {
        LocalStepError.Result r = LocalStepError.compute(field, ButcherTableaus.TSIT5, 0.3, y, 1e-3, 1e-3,
                LocalStepError.Measure.STIFFNESS, true);
        assertThat(r.value()).isPositive().isFinite();
        double h = r.stepSize();
        assertThat(stiffness(h)).isCloseTo(r.value(), org.assertj.core.data.Offset.offset(1e-12));
        for (int p = 0; p < field.theta.length; p++) {
            int index = p;
            double fd = central(() -> stiffness(h), index);
            assertThat(r.parameterGradient()[p]).as("parameter %d", p)
                    .isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(fd))));
        }
    }

    @Test
    void globalErrorPenaltyGradientMatchesFiniteDifferencesAlongTheRecordedSteps() {
        double[] times = {0, 3.0};
        Solution forward = OdeSolver.solve(field, y, times,
                SolverOptions.defaults().withTolerances(1e-4, 1e-4).withRecordSteps(true));
        assertThat(forward.statistics().accepted()).isGreaterThanOrEqualTo(3);
        ErrorPenalty penalty = new ErrorPenalty(2.0, 1e-4, 1e-4);
        Gradient g = Backprop.gradient(field, forward, new double[times.length][], penalty);
        List<StepTape.Step> steps = forward.tape().steps();
        double[][] scales = frozenScales(steps, penalty);
        assertThat(replayPenalty(steps, scales, penalty)).isCloseTo(g.penalty(),
                org.assertj.core.data.Offset.offset(1e-10 * g.penalty()));
        for (int p = 0; p < field.theta.length; p++) {
            double fd = central(() -> replayPenalty(steps, scales, penalty), p);
            assertThat(g.parameters()[p]).as("parameter %d", p)
                    .isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(fd))));
        }
    }

    @Test
    void kineticAndJacobianTermsMatchFiniteDifferencesWithStatesHeldFixed() {
        Solution forward = OdeSolver.solve(field, y, new double[] {0, 2.0},
                SolverOptions.defaults().withTolerances(1e-4, 1e-4).withRecordSteps(true));
        FlowRegularity.Result r = FlowRegularity.compute(field, forward, 17);
        assertThat(r.kinetic()).isPositive();
        assertThat(r.jacobian()).isPositive();
        List<StepTape.Step> steps = forward.tape().steps();
        assertThat(replayRegularity(steps, 17)).isCloseTo(r.value(), org.assertj.core.data.Offset.offset(1e-10));
        for (int p = 0; p < field.theta.length; p++) {
            double fd = central(() -> replayRegularity(steps, 17), p);
            assertThat(r.parameterGradient()[p]).as("parameter %d", p)
                    .isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(fd))));
        }
    }

    /** The same sums from the recorded states, with the probe directions drawn from the same seed. */
    private double replayRegularity(List<StepTape.Step> steps, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int n = y.length;
        int rows = n / field.dimension();
        double total = 0;
        double[] rate = new double[n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] rp = new double[n];
        double[] rm = new double[n];
        for (StepTape.Step step : steps) {
            double w = Math.abs(step.size()) / rows;
            double[] state = step.startState();
            field.evaluate(step.startTime(), state, rate);
            double scale = 0;
            for (int q = 0; q < n; q++) {
                total += w * rate[q] * rate[q];
                scale += state[q] * state[q];
            }
            double delta = FlowRegularity.PROBE * Math.max(1, Math.sqrt(scale / n));
            for (int q = 0; q < n; q++) {
                double e = random.nextBoolean() ? 1 : -1;
                plus[q] = state[q] + delta * e;
                minus[q] = state[q] - delta * e;
            }
            field.evaluate(step.startTime(), plus, rp);
            field.evaluate(step.startTime(), minus, rm);
            for (int q = 0; q < n; q++) {
                double jv = (rp[q] - rm[q]) / (2 * delta);
                total += w * jv * jv;
            }
        }
        return total;
    }

    private double stiffness(double h) {
        int s = ButcherTableaus.TSIT5.stages();
        RungeKuttaStepper stepper = new RungeKuttaStepper(ButcherTableaus.TSIT5, field, y.length);
        double[][] inputs = new double[s][y.length];
        stepper.recomputeStages(0.3, y, h, inputs);
        double num = 0;
        double den = 0;
        for (int j = 0; j < y.length; j++) {
            num += Math.pow(stepper.k[s - 1][j] - stepper.k[s - 2][j], 2);
            den += Math.pow(inputs[s - 1][j] - inputs[s - 2][j], 2);
        }
        return Math.sqrt(num) / Math.sqrt(den) / LocalStepError.STIFFNESS_SCALE;
    }

    /** weight · Σ_j EEst_j |h_j| along the recorded step sizes, starting each step where the last one ended. */
    private double replayPenalty(List<StepTape.Step> steps, double[][] scales, ErrorPenalty penalty) {
        ButcherTableau tableau = ButcherTableaus.DOPRI5;
        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau, field, y.length);
        double[] state = steps.get(0).startState().clone();
        double total = 0;
        for (int j = 0; j < steps.size(); j++) {
            StepTape.Step step = steps.get(j);
            stepper.evaluate(step.startTime(), state, stepper.k[0]);
            stepper.step(step.startTime(), state, step.size());
            double sum = 0;
            for (int q = 0; q < state.length; q++) {
                double r = stepper.error[q] / scales[j][q];
                sum += r * r;
            }
            total += Math.sqrt(sum / state.length) * Math.abs(step.size());
            System.arraycopy(stepper.y1, 0, state, 0, state.length);
        }
        return penalty.weight() * total;
    }

    private double[][] frozenScales(List<StepTape.Step> steps, ErrorPenalty penalty) {
        RungeKuttaStepper stepper = new RungeKuttaStepper(ButcherTableaus.DOPRI5, field, y.length);
        double[][] scales = new double[steps.size()][y.length];
        for (int j = 0; j < steps.size(); j++) {
            StepTape.Step step = steps.get(j);
            stepper.evaluate(step.startTime(), step.startState(), stepper.k[0]);
            stepper.step(step.startTime(), step.startState(), step.size());
            for (int q = 0; q < y.length; q++) {
                scales[j][q] = penalty.atol() + penalty.rtol()
                        * Math.max(Math.abs(step.startState()[q]), Math.abs(stepper.y1[q]));
            }
        }
        return scales;
    }

    private double central(java.util.function.DoubleSupplier f, int p) {
        double saved = field.theta[p];
        double eps = 1e-6;
        field.theta[p] = saved + eps;
        double up = f.getAsDouble();
        field.theta[p] = saved - eps;
        double down = f.getAsDouble();
        field.theta[p] = saved;
        return (up - down) / (2 * eps);
    }
}
