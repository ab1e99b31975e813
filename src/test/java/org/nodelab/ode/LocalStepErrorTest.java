package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalStepErrorTest {

    @Test
    void gradientMatchesFiniteDifferencesAtFixedStepSize() {
        TanhNetworkField field = new TanhNetworkField(3, 5);
        double[] y = {0.4, -0.7, 1.1, 0.2, 0.3, -0.5};
        LocalStepError.Result r = LocalStepError.compute(field, ButcherTableaus.DOPRI5, 0.3, y, 1e-3, 1e-3, true);
        assertThat(r.errorRatio()).isPositive().isFinite();
        assertThat(r.evaluations()).isEqualTo(2 + 7);
        // The analytic gradient holds h fixed, so the reference does too: a one-step fixed solve's error.
        double h = r.stepSize();
        for (int p = 0; p < field.theta.length; p++) {
            double saved = field.theta[p];
            double eps = 1e-6;
            field.theta[p] = saved + eps;
            double up = valueAtStep(field, y, h);
            field.theta[p] = saved - eps;
            double down = valueAtStep(field, y, h);
            field.theta[p] = saved;
            double fd = (up - down) / (2 * eps);
            assertThat(r.parameterGradient()[p]).as("parameter %d", p)
                    .isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(fd))));
        }
    }

    /** EEst·h for a step of the given size, with the error scale frozen at the unperturbed step's values. */
    private static double valueAtStep(TanhNetworkField field, double[] y, double h) {
        LocalStepError.Result base = LocalStepError.compute(field, ButcherTableaus.DOPRI5, 0.3, y, 1e-3, 1e-3, false);
        assertThat(base.stepSize()).isNotNaN();
        RungeKuttaStepper stepper = new RungeKuttaStepper(ButcherTableaus.DOPRI5, field, y.length);
        stepper.evaluate(0.3, y, stepper.k[0]);
        stepper.step(0.3, y, h);
        double sum = 0;
        double[] scale = FROZEN_SCALE;
        for (int j = 0; j < y.length; j++) {
            double r = stepper.error[j] / scale[j];
            sum += r * r;
        }
        return h * Math.sqrt(sum / y.length);
    }

    private static double[] FROZEN_SCALE;

    @org.junit.jupiter.api.BeforeEach
    void freezeScale() {
        TanhNetworkField field = new TanhNetworkField(3, 5);
        double[] y = {0.4, -0.7, 1.1, 0.2, 0.3, -0.5};
        LocalStepError.Result r = LocalStepError.compute(field, ButcherTableaus.DOPRI5, 0.3, y, 1e-3, 1e-3, false);
        RungeKuttaStepper stepper = new RungeKuttaStepper(ButcherTableaus.DOPRI5, field, y.length);
        stepper.evaluate(0.3, y, stepper.k[0]);
        stepper.step(0.3, y, r.stepSize());
        FROZEN_SCALE = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            FROZEN_SCALE[j] = 1e-3 + 1e-3 * Math.max(Math.abs(y[j]), Math.abs(stepper.y1[j]));
        }
    }
}
