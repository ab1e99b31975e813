package org.nodelab.dynamics;

import org.nodelab.testing.LinearField;
import org.nodelab.testing.CountingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.ResultCode;
import org.nodelab.ode.VectorField;

class LyapunovSpectrumTest {

    /** Lorenz (1963) with σ = 10, ρ = 28, β = 8/3 and its analytic Jacobian. */
    static final class Lorenz implements VectorField, AnalyticJacobian {
        static final double SIGMA = 10;
        static final double RHO = 28;
        static final double BETA = 8.0 / 3;

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void evaluate(double t, double[] y, double[] dydt) {
            for (int b = 0; b < y.length; b += 3) {
                double x = y[b];
                double v = y[b + 1];
                double z = y[b + 2];
                dydt[b] = SIGMA * (v - x);
                dydt[b + 1] = x * (RHO - z) - v;
                dydt[b + 2] = x * v - BETA * z;
            }
        }

        @Override
        public void jacobian(double t, double[] p, double[] j) {
            j[0] = -SIGMA;
            j[1] = SIGMA;
            j[2] = 0;
            j[3] = RHO - p[2];
            j[4] = -1;
            j[5] = -p[0];
            j[6] = p[1];
            j[7] = p[0];
            j[8] = -BETA;
        }
    }

    @Test
    void lorenzSpectrumMatchesThePublishedValues() {
        LyapunovOptions options = LyapunovOptions.defaults()
                .withTransientTime(50).withAveragingTime(2000).withRenormalizationInterval(0.5);
        long start = System.nanoTime();
        LyapunovResult result = LyapunovSpectrum.compute(new Lorenz(), new double[] {1, 1, 20}, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Lorenz spectrum over T = 2000 (+50 transient), rtol 1e-8: %s, sum %.5f, D_KY %.4f, "
                        + "NFE %d, %d renormalizations, %.2f s%n", java.util.Arrays.toString(result.exponents()),
                result.sum(), result.kaplanYorkeDimension(), result.functionEvaluations(), result.renormalizations(),
                seconds);

        assertThat(result.isSuccess()).as(result.message()).isTrue();
        double[] e = result.exponents();
        assertThat(e[0]).isCloseTo(0.9056, within(0.02 * 0.9056));
        assertThat(e[1]).isCloseTo(0, within(0.02));
        assertThat(e[2]).isCloseTo(-14.5723, within(0.02 * 14.5723));
        assertThat(result.sum()).isCloseTo(-41.0 / 3, within(0.01));
        assertThat(result.kaplanYorkeDimension()).isCloseTo(2.062, within(0.01));
        assertThat(result.renormalizations()).isEqualTo(4000);
        assertThat(result.averagedTime()).isCloseTo(2000, within(1e-9));
    }

    @Test
    void leadingExponentAloneNeedsOnlyOneTangentVector() {
        LyapunovOptions options = LyapunovOptions.defaults()
                .withTransientTime(20).withAveragingTime(300).withCount(1);
        LyapunovResult result = LyapunovSpectrum.compute(new Lorenz(), new double[] {1, 1, 20}, options);
        assertThat(result.exponents()).hasSize(1);
        assertThat(result.exponents()[0]).isCloseTo(0.9056, within(0.06));
    }

    @Test
    void linearSystemExponentsAreTheRealPartsOfTheEigenvaluesEvenWhenANonNormalCouplingIsStrong() {
        // Eigenvalues 0.3 and −0.5 ± 2i; the coupling 5 makes A far from normal.
        double[][] a = {{0.3, 5, 0}, {0, -0.5, 2}, {0, -2, -0.5}};
        LyapunovOptions options = LyapunovOptions.defaults().withTransientTime(20).withAveragingTime(200);
        LyapunovResult result = LyapunovSpectrum.compute(new LinearField(a), new double[] {1, 0, 0}, options);
        assertThat(result.isSuccess()).as(result.message()).isTrue();
        assertThat(result.exponents()).containsExactly(new double[] {0.3, -0.5, -0.5}, within(0.02));
        assertThat(result.sum()).isCloseTo(-0.7, within(1e-6));
    }

    @Test
    void finiteDifferenceTangentsGiveTheSameLinearSpectrum() {
        double[][] a = {{-1, 10}, {0, -2}};
        LyapunovOptions options = LyapunovOptions.defaults().withTransientTime(10).withAveragingTime(100);
        CountingField counted = new CountingField(new LinearField(a).withoutJacobian());
        LyapunovResult result = LyapunovSpectrum.compute(counted, new double[] {1, 1}, options);
        assertThat(result.exponents()).containsExactly(new double[] {-1, -2}, within(0.02));
        // One call of the field per evaluation of the augmented system, each with 2k + 1 = 5 rows.
        assertThat(counted.calls).isEqualTo(result.functionEvaluations());
        assertThat(counted.largestBatch).isEqualTo(5);
    }

    @Test
    void aBlowUpIsReportedWithTheSolversCodeInsteadOfThrown() {
        VectorField blowUp = new VectorField() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void evaluate(double t, double[] y, double[] dydt) {
                for (int i = 0; i < y.length; i++) {
                    dydt[i] = y[i] * y[i];
                }
            }
        };
        // x' = x² from 1 blows up at t = 1; no segment ends exactly there (the solver could step across the pole).
        LyapunovOptions options = LyapunovOptions.defaults().withTransientTime(0).withAveragingTime(4.5)
                .withRenormalizationInterval(0.3);
        LyapunovResult result = LyapunovSpectrum.compute(blowUp, new double[] {1}, options);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.result()).isNotEqualTo(ResultCode.SUCCESS);
        assertThat(result.message()).isNotBlank();
        assertThat(result.averagedTime()).isCloseTo(0.9, within(1e-12));
        // Up to t = 0.9 the exponent is the average of 2x(t) = 2/(1 − t): (2/0.9)·log(10).
        assertThat(result.exponents()[0]).isCloseTo(2 * Math.log(10) / 0.9, within(1e-5));
    }

    @Test
    void kaplanYorkeDimension() {
        assertThat(KaplanYorke.dimension(new double[] {0.9056, 0, -14.5723})).isCloseTo(2 + 0.9056 / 14.5723,
                within(1e-12));
        assertThat(KaplanYorke.dimension(new double[] {-1, -2})).isEqualTo(0);
        assertThat(KaplanYorke.dimension(new double[] {0.5, 0.1})).isEqualTo(2);
    }
}
