package org.nodelab.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/** The adjoint's three error norms against hand-computed values, and what each does to a backward solve. */
class AdjointNormTest {

    /**
     * z = [y (2) | a (2) | W (1) | b (2) | s (1)], a field with parameter tensors of 1 and 2 numbers, s being the
     * time adjoint (torchdiffeq's vjp_t), which the mixed norm and the seminorm count and the flat norm does not.
     */
    private static final int N = 2;
    private static final int[] BLOCKS = {1, 2};
    private static final double[] ERROR = {3, 4, 1, -1, 2, 6, -8, 5};

    private static ErrorNorm norm(AdjointNorm which) {
        return new AdjointOptions(SolverOptions.defaults(), which, BLOCKS).errorNorm(N, 3);
    }

    @Test
    void withUnitScaleEachNormIsItsCombinationOfBlockRms() {
        double[] zero = new double[ERROR.length];
        // Scale 1 everywhere (atol = 1, rtol = 0): rms(y) = √12.5, rms(a) = 1, rms(W) = 2, rms(b) = √50, |s| = 5.
        assertThat(norm(AdjointNorm.FLAT).errorRatio(ERROR, zero, zero, 0, 1)).isEqualTo(Math.sqrt(131.0 / 7));
        assertThat(norm(AdjointNorm.MIXED).errorRatio(ERROR, zero, zero, 0, 1)).isEqualTo(Math.sqrt(50));
        assertThat(norm(AdjointNorm.SEMINORM).errorRatio(ERROR, zero, zero, 0, 1)).isEqualTo(5);
        double[] calmTime = ERROR.clone();
        calmTime[7] = 0;
        assertThat(norm(AdjointNorm.SEMINORM).errorRatio(calmTime, zero, zero, 0, 1)).isEqualTo(Math.sqrt(12.5));
        // θ as one tensor when no blocks are given: the parameter part is rms(2, 6, −8) = √(104/3).
        ErrorNorm oneTensor = new AdjointOptions(SolverOptions.defaults(), AdjointNorm.MIXED, null).errorNorm(N, 3);
        assertThat(oneTensor.errorRatio(ERROR, zero, zero, 0, 1)).isEqualTo(Math.sqrt(104.0 / 3));
    }

    @Test
    void theScaleIsAtolPlusRtolTimesTheLargerEndOfTheStep() {
        double[] y0 = {1, -3, 0, 0, 0, 0, 0, 0};
        double[] y1 = {-2, 1, 0, 0, 0, 0, 0, 0};
        // scale = 1 + 1 · max(|y0|, |y1|): 3 and 4 on the state block, 1 elsewhere.
        double stateRms = Math.sqrt((1.0 + 1.0) / 2);
        assertThat(norm(AdjointNorm.SEMINORM).errorRatio(ERROR, y0, y1, 1, 1)).isCloseTo(Math.max(stateRms, 5),
                offset(1e-15));
        assertThat(norm(AdjointNorm.MIXED).scaled(ERROR, y0, 1, 1))
                .isCloseTo(Math.sqrt(50), offset(1e-15));
        assertThat(norm(AdjointNorm.SEMINORM).scaled(ERROR, y0, 1, 1))
                .isCloseTo(Math.max(Math.sqrt((1.5 * 1.5 + 1) / 2), 5), offset(1e-15));
    }

    @Test
    void nanInACountedBlockRejectsAndTheSeminormIgnoresTheParameterPart() {
        double[] zero = new double[ERROR.length];
        double[] broken = ERROR.clone();
        broken[6] = Double.NaN;
        assertThat(norm(AdjointNorm.MIXED).errorRatio(broken, zero, zero, 0, 1)).isNaN();
        assertThat(norm(AdjointNorm.FLAT).errorRatio(broken, zero, zero, 0, 1)).isNaN();
        assertThat(norm(AdjointNorm.SEMINORM).errorRatio(broken, zero, zero, 0, 1)).isEqualTo(5);
    }

    @Test
    void blocksThatDoNotCoverTheParametersAreRefused() {
        AdjointOptions wrong = new AdjointOptions(SolverOptions.defaults(), AdjointNorm.MIXED, new int[] {2, 2});
        assertThatThrownBy(() -> wrong.errorNorm(N, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add up to 4");
        assertThatThrownBy(() -> new AdjointOptions(SolverOptions.defaults(), AdjointNorm.MIXED, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyNormGivesTheGradientWithItsOwnStepCount() {
        TanhNetworkField field = new TanhNetworkField(3, 7);
        int[] blocks = {9, 3, 3};
        double[] y0 = {Math.sin(0.5), Math.sin(1.8), Math.sin(3.1)};
        double[] times = {0, 0.6, 1.5};
        double[][] cotangents = {null, {1, Math.cos(1), Math.cos(2)}, {Math.sin(1), Math.sin(3), Math.sin(5)}};
        Solution tight = OdeSolver.solve(field, y0, times,
                SolverOptions.defaults().withTolerances(1e-11, 1e-11).withRecordSteps(true));
        Gradient reference = Backprop.gradient(field, tight, cotangents);
        SolverOptions backward = SolverOptions.defaults().withTolerances(1e-8, 1e-8);
        Solution forward = OdeSolver.solve(field, y0, times, backward);

        java.util.Set<Long> counts = new java.util.HashSet<>();
        for (AdjointNorm which : AdjointNorm.values()) {
            Gradient g = Adjoint.gradient(field, forward, cotangents, new AdjointOptions(backward, which, blocks));
            assertThat(g.isSuccess()).isTrue();
            for (int p = 0; p < reference.parameters().length; p++) {
                double want = reference.parameters()[p];
                assertThat(g.parameters()[p]).as(which + " parameter " + p)
                        .isCloseTo(want, offset(1e-5 * Math.max(1, Math.abs(want))));
            }
            counts.add(g.backwardEvaluations());
        }
        // Each norm steps differently here (the norm decides acceptance and the first step alike).
        assertThat(counts).hasSize(3);
        // The four-argument call, which knows no parameter tensors, keeps the flat norm, bit for bit.
        Gradient flat = Adjoint.gradient(field, forward, cotangents, AdjointOptions.flat(backward));
        Gradient plain = Adjoint.gradient(field, forward, cotangents, backward);
        assertThat(plain.parameters()).containsExactly(flat.parameters());
        assertThat(plain.backwardEvaluations()).isEqualTo(flat.backwardEvaluations());
    }

    /**
     * y' = θ sin(ωt): ∂f/∂y = 0, so the adjoint a stays at its end value c, g' = −c sin(ωt) and the time adjoint
     * s' = −c θ ω cos(ωt). With θω large, s is the hardest part to integrate: torchdiffeq's norms count it, so the
     * backward solve must take more steps than when the field hides its time dependence, and the gradient stays
     * the closed form dL/dθ = c (1 − cos(ωT)) / ω either way.
     */
    @Test
    void theTimeAdjointCountsInTheMixedNormAndTheSeminorm() {
        double omega = 3;
        double[] theta = {40};
        ParametricVectorField timed = new ParametricVectorField() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public int parameterCount() {
                return 1;
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                dydt[0] = theta[0] * Math.sin(omega * t);
            }

            @Override
            public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                              double[] parameterCotangent) {
                vectorJacobianProductWithTime(t, y, c, stateCotangent, parameterCotangent);
            }

            @Override
            public double vectorJacobianProductWithTime(double t, double[] y, double[] c, double[] stateCotangent,
                                                        double[] parameterCotangent) {
                stateCotangent[0] = 0;
                parameterCotangent[0] += c[0] * Math.sin(omega * t);
                return c[0] * theta[0] * omega * Math.cos(omega * t);
            }
        };
        ParametricVectorField hidden = new ParametricVectorField() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public int parameterCount() {
                return 1;
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                timed.evaluate(t, y, dydt);
            }

            @Override
            public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                              double[] parameterCotangent) {
                timed.vectorJacobianProduct(t, y, c, stateCotangent, parameterCotangent);
            }
        };
        double end = 2;
        SolverOptions options = SolverOptions.defaults().withTolerances(1e-6, 1e-6);
        double[][] cotangents = {null, {0.5}};
        Solution forward = OdeSolver.solve(timed, new double[] {0}, new double[] {0, end}, options);
        double exact = 0.5 * (1 - Math.cos(omega * end)) / omega;
        for (AdjointNorm which : new AdjointNorm[] {AdjointNorm.MIXED, AdjointNorm.SEMINORM}) {
            Gradient counted = Adjoint.gradient(timed, forward, cotangents, new AdjointOptions(options, which, null));
            Gradient ignored = Adjoint.gradient(hidden, forward, cotangents, new AdjointOptions(options, which, null));
            assertThat(counted.parameters()[0]).as(which.id()).isCloseTo(exact, offset(1e-5));
            assertThat(ignored.parameters()[0]).as(which.id()).isCloseTo(exact, offset(1e-4));
            assertThat(counted.backwardEvaluations()).as(which.id()).isGreaterThan(ignored.backwardEvaluations());
        }
        // The flat norm is one RMS over [y, a, g], as it always was: the time adjoint does not enter.
        assertThat(Adjoint.gradient(timed, forward, cotangents, AdjointOptions.flat(options)).backwardEvaluations())
                .isEqualTo(Adjoint.gradient(hidden, forward, cotangents, AdjointOptions.flat(options))
                        .backwardEvaluations());
    }
}
