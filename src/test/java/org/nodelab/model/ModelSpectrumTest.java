package org.nodelab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nodelab.model.Assertions2.assertRelativeClose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nodelab.model.ModelConfig.Activation;
import org.nodelab.model.family.AntisymmetricFamily;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.SeparableVectorField;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;


/**
 * The spectra of the first-order systems against closed-form oracles: the heavy ball's quadratic in λ, a
 * linear field, and the antisymmetric network's Re λ = −γ/2.
 */
class ModelSpectrumTest {


    @ParameterizedTest
    @ValueSource(strings = {"hbnode", "ghbnode"})
    void heavyBallSpectrumFollowsTheQuadraticOracle(String id) {
        ModelFamily family = ModelFamilies.fromId(id);
        boolean generalized = family.knobs().contains(Knob.XI);
        double gamma = 0.7;
        ModelConfig config = ModelConfig.defaults(family, 2, 3).withWidth(8).withAugment(1).withDamping(gamma)
                .withXi(0.25).withSeed(9L);
        NeuralOdeModel model = NeuralOdeModels.create(config);
        Pipeline.perturb(model, 4, 0.3);
        int d = model.hiddenDimension();
        int n = 2 * d;
        double[] point = Pipeline.gaussian(new Random(8), n, 0.5);
        if (generalized) {
            Arrays.fill(point, d, n, 0); // tanh'(0) = 1, so the top-right block is I as in the oracle
        }
        double[] j = new double[n * n];
        NeuralOdeModels.fieldOf(model).jacobian(0.4, point, j);
        double xi = generalized ? model.xi() : 0;
        // structure [[0, I], [A − ξI, −γI]] with A = ∂f/∂h
        double[][] a = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                assertThat(j[r * n + c]).isZero();
                assertThat(j[r * n + d + c]).isEqualTo(r == c ? 1.0 : 0.0);
                assertThat(j[(d + r) * n + d + c]).isEqualTo(r == c ? -gamma : 0.0);
                a[r][c] = j[(d + r) * n + c] + (r == c ? xi : 0);
            }
        }
        // each eigenvalue μ of A − ξI gives λ = (−γ ± sqrt(γ² + 4μ)) / 2
        double[][] shifted = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                shifted[r][c] = a[r][c] - (r == c ? xi : 0);
            }
        }
        List<Complex> expected = new ArrayList<>();
        for (Complex mu : eigenvalues(shifted)) {
            Complex root = mu.multiply(4).add(gamma * gamma).sqrt();
            expected.add(root.subtract(gamma).divide(2));
            expected.add(root.negate().subtract(gamma).divide(2));
        }
        double[][] full = new double[n][n];
        for (int r = 0; r < n; r++) {
            full[r] = Arrays.copyOfRange(j, r * n, (r + 1) * n);
        }
        assertSameSpectrum(eigenvalues(full), expected, 1e-8);
    }

    @Test
    void heavyBallSpectrumWithALinearField() {
        // f = A h exactly: a depth-1, width-d ReLU MLP whose hidden units stay in ReLU's linear region:
        // hidden = relu(h + B·1) = h + B·1 (B = 100, the t column weighted 0), out = A·hidden − B·A·1 = A h.
        int d = 2;
        ModelConfig config = ModelConfig.defaults(ModelFamilies.fromId("hbnode"), d, 1).withWidth(d).withDepth(1)
                .withActivation(Activation.RELU).withXi(0);
        NeuralOdeModel model = NeuralOdeModels.create(config);
        double[] theta = model.parameters();
        double[][] a = {{-1.0, 0.4}, {0.3, -2.0}};
        double big = 100;
        Arrays.fill(theta, 0, model.field().parameterCount(), 0);
        // layer 0: W0 (3 × 2): rows h1, h2, t ; b0 (2)
        theta[0] = 1;
        theta[3] = 1;
        theta[6] = big;
        theta[7] = big;
        // layer 1: W1 (2 × 2) at 8, b1 at 12: out_j = Σ_i hidden_i W1[i][j] + b1_j, so W1 = Aᵀ
        for (int i = 0; i < d; i++) {
            for (int jj = 0; jj < d; jj++) {
                theta[8 + i * d + jj] = a[jj][i];
            }
        }
        for (int jj = 0; jj < d; jj++) {
            theta[12 + jj] = -big * (a[jj][0] + a[jj][1]);
        }
        model.parametersChanged();
        double[] point = {0.3, -0.2, 0.1, 0.05};
        double[] rate = new double[4];
        model.field().evaluate(0, point, rate);
        assertThat(rate[2]).isCloseTo(-0.5 * 0.1 + a[0][0] * 0.3 + a[0][1] * -0.2,
                org.assertj.core.data.Offset.offset(1e-12));
        double[] j = new double[16];
        NeuralOdeModels.fieldOf(model).jacobian(0, point, j);
        double[][] full = new double[4][];
        for (int r = 0; r < 4; r++) {
            full[r] = Arrays.copyOfRange(j, r * 4, r * 4 + 4);
        }
        List<Complex> expected = new ArrayList<>();
        for (Complex mu : eigenvalues(a)) {
            Complex root = mu.multiply(4).add(0.25).sqrt();
            expected.add(root.subtract(0.5).divide(2));
            expected.add(root.negate().subtract(0.5).divide(2));
        }
        assertSameSpectrum(eigenvalues(full), expected, 1e-10);
    }

    @Test
    void antisymmetricEigenvaluesHaveRealPartMinusHalfGamma() {
        for (double shift : new double[] {0.0, 0.1, 0.8}) {
            ModelConfig config = ModelConfig.defaults(ModelFamilies.fromId("antisymmetric"), 3, 2).withWidth(8)
                    .withAugment(2).withGammaShift(shift).withSeed(12L);
            NeuralOdeModel model = NeuralOdeModels.create(config);
            Pipeline.perturb(model, 2, 0.5);
            int d = model.hiddenDimension();
            double[] k = AntisymmetricFamily.matrixK(model);
            double[][] m = new double[d][];
            for (int r = 0; r < d; r++) {
                m[r] = Arrays.copyOfRange(k, r * d, (r + 1) * d);
            }
            for (Complex lambda : eigenvalues(m)) {
                assertThat(lambda.getReal()).isCloseTo(-shift / 2, org.assertj.core.data.Offset.offset(1e-12));
            }
            // live change of the shift moves every eigenvalue
            model.setKnob(Knob.GAMMA_SHIFT, 2.0);
            double[] k2 = AntisymmetricFamily.matrixK(model);
            for (int r = 0; r < d; r++) {
                m[r] = Arrays.copyOfRange(k2, r * d, (r + 1) * d);
            }
            for (Complex lambda : eigenvalues(m)) {
                assertThat(lambda.getReal()).isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-12));
            }
            assertThat(model.config().gammaShift()).isEqualTo(2.0);
        }
    }

    private static Complex[] eigenvalues(double[][] m) {
        RealMatrix matrix = MatrixUtils.createRealMatrix(m);
        return new EigenDecompositionNonSymmetric(matrix).getEigenvalues();
    }

    private static void assertSameSpectrum(Complex[] actual, List<Complex> expected, double tolerance) {
        assertThat(actual).hasSize(expected.size());
        List<Complex> left = new ArrayList<>(expected);
        for (Complex lambda : actual) {
            Complex best = null;
            for (Complex e : left) {
                if (best == null || e.subtract(lambda).norm() < best.subtract(lambda).norm()) {
                    best = e;
                }
            }
            assertThat(best.subtract(lambda).norm()).as("eigenvalue %s, nearest expected %s", lambda, best)
                    .isLessThan(tolerance * (1 + lambda.norm()));
            left.remove(best);
        }
    }
}
