package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nodelab.testing.LinearField;

/** Tolerances and steps at the edges of double precision get a true answer or a message that says why. */
class DegenerateToleranceTest {

    /** x' = −x on every row. */
    private static final VectorField DECAY = new LinearField(new double[][] {{-1}});

    @Test
    void a_zero_state_with_a_purely_relative_tolerance_is_solved_exactly() {
        Solution s = OdeSolver.solve(DECAY, new double[] {0}, 0, 1,
                SolverOptions.defaults().withTolerances(1e-6, 0));
        assertThat(s.result()).isEqualTo(ResultCode.SUCCESS);
        assertThat(s.finalState()[0]).isZero();
        // Components that are exactly zero count as exact; the others are still controlled relative to themselves.
        Solution mixed = OdeSolver.solve(DECAY, new double[] {0, 1}, 0, 1,
                SolverOptions.defaults().withTolerances(1e-8, 0));
        assertThat(mixed.result()).isEqualTo(ResultCode.SUCCESS);
        assertThat(mixed.finalState()[1]).isCloseTo(Math.exp(-1), org.assertj.core.api.Assertions.within(1e-7));
    }

    @Test
    void a_relative_tolerance_below_double_precision_is_refused_with_the_reason() {
        assertThatThrownBy(() -> SolverOptions.defaults().withTolerances(1e-300, 1e-300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below what double precision can resolve");
    }

    @Test
    void an_error_far_above_a_tiny_absolute_tolerance_is_a_huge_ratio_not_an_overflow() {
        double[] error = {1e-10, 1e-10};
        double[] y = {0, 0};
        double ratio = Norms.errorRatio(error, y, y, 0, 1e-300);
        assertThat(ratio).isFinite().isCloseTo(1e290, org.assertj.core.api.Assertions.withinPercentage(1e-9));
        // The ordinary case keeps torchdiffeq's arithmetic to the last bit.
        double[] e = {3e-4, -2e-4, 5e-5};
        double[] y0 = {1, -2, 0.5};
        double[] y1 = {1.1, -1.9, 0.4};
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            double r = e[j] / (1e-6 + 1e-3 * Math.max(Math.abs(y0[j]), Math.abs(y1[j])));
            sum += r * r;
        }
        assertThat(Norms.errorRatio(e, y0, y1, 1e-3, 1e-6)).isEqualTo(Math.sqrt(sum / 3));
    }

    @Test
    void a_fixed_step_whose_count_cannot_be_represented_is_an_input_error() {
        SolverOptions rk4 = SolverOptions.of(Method.RK4);
        assertThatThrownBy(() -> OdeSolver.solve(DECAY, new double[] {1}, 0, 1, rk4.withStepSize(1e-300)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use a larger step");
        assertThatThrownBy(() -> OdeSolver.solve(DECAY, new double[] {1}, 1e6, 1e6 + 1, rk4.withStepSize(1e-12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use a larger step");
        // Representable but over the limit: refused at once, with nothing spent.
        Solution s = OdeSolver.solve(DECAY, new double[] {1}, 0, 1, rk4.withStepSize(1e-6).withMaxSteps(1000));
        assertThat(s.result()).isEqualTo(ResultCode.MAX_STEPS_REACHED);
        assertThat(s.statistics().nfe()).isZero();
        assertThat(s.message()).contains("1000000 steps").contains("limit of 1000");
    }
}
