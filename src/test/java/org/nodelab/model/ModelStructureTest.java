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

/** Jacobians, the MLP's own derivatives, determinism and the live knobs (spectra: ModelSpectrumTest). */
class ModelStructureTest {

    static Stream<ModelConfig> configs() {
        return ModelGradientTest.configs();
    }

    // ---- the analytic first-order Jacobian against central differences ----

    @ParameterizedTest
    @MethodSource("configs")
    void analyticJacobianMatchesCentralDifferences(ModelConfig config) {
        NeuralOdeModel model = NeuralOdeModels.create(config);
        Pipeline.perturb(model, 5, 0.1);
        ModelField field = NeuralOdeModels.fieldOf(model);
        int n = model.stateDimension();
        Random random = new Random(17);
        for (int trial = 0; trial < 3; trial++) {
            double[] point = Pipeline.gaussian(random, n, 0.8);
            double t = random.nextDouble();
            double[] analytic = new double[n * n];
            field.jacobian(t, point, analytic);
            double[] numeric = new double[n * n];
            double[] up = new double[n];
            double[] down = new double[n];
            for (int j = 0; j < n; j++) {
                double saved = point[j];
                double eps = 1e-6;
                point[j] = saved + eps;
                field.evaluate(t, point, up);
                point[j] = saved - eps;
                field.evaluate(t, point, down);
                point[j] = saved;
                for (int i = 0; i < n; i++) {
                    numeric[i * n + j] = (up[i] - down[i]) / (2 * eps);
                }
            }
            for (int k = 0; k < n * n; k++) {
                assertThat(analytic[k]).as("%s entry %d", config.family(), k).isCloseTo(numeric[k],
                        org.assertj.core.data.Offset.offset(1e-7 * (1 + Math.abs(numeric[k]))));
            }
        }
    }

    // ---- the MLP's reverse pass against finite differences, every activation ----

    @ParameterizedTest
    @EnumSource(Activation.class)
    void mlpReversePassMatchesFiniteDifferences(Activation activation) {
        int in = 3;
        int out = 2;
        int batch = 4;
        Mlp mlp = new Mlp(in, out, 6, 3, activation);
        double[] theta = new double[mlp.parameterCount()];
        assertThat(theta.length).isEqualTo(Mlp.parameterCount(in, out, 6, 3));
        Random random = new Random(3);
        mlp.initialize(theta, 0, random);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.1 * random.nextGaussian();
        }
        mlp.load(theta, 0);
        // rows of stride 5 at offset 1, to exercise the gather
        double[] y = Pipeline.gaussian(random, 1 + batch * 5, 1.0);
        double[] c = Pipeline.gaussian(random, batch * out, 1.0);
        double t = 0.3;
        double[] inputCot = new double[batch * in];
        double[] paramCot = new double[theta.length + 2];
        paramCot[1] = 100; // accumulates on top of what is there, at the given offset
        mlp.backward(t, y, 5, 1, batch, c, inputCot, paramCot, 2);

        double[] outUp = new double[batch * out];
        double[] outDown = new double[batch * out];
        double[] fdParams = new double[theta.length];
        for (int p = 0; p < theta.length; p++) {
            double saved = theta[p];
            theta[p] = saved + 1e-6;
            mlp.load(theta, 0);
            mlp.forward(t, y, 5, 1, batch, outUp);
            theta[p] = saved - 1e-6;
            mlp.load(theta, 0);
            mlp.forward(t, y, 5, 1, batch, outDown);
            theta[p] = saved;
            fdParams[p] = dot(c, outUp, outDown) / 2e-6;
        }
        mlp.load(theta, 0);
        double[] fdInputs = new double[batch * in];
        for (int r = 0; r < batch; r++) {
            for (int j = 0; j < in; j++) {
                int idx = 1 + r * 5 + j;
                double saved = y[idx];
                y[idx] = saved + 1e-6;
                mlp.forward(t, y, 5, 1, batch, outUp);
                y[idx] = saved - 1e-6;
                mlp.forward(t, y, 5, 1, batch, outDown);
                y[idx] = saved;
                fdInputs[r * in + j] = dot(c, outUp, outDown) / 2e-6;
            }
        }
        assertThat(paramCot[1]).isEqualTo(100);
        assertRelativeClose(activation + " parameter cotangent", Arrays.copyOfRange(paramCot, 2, paramCot.length),
                fdParams, 1e-5);
        assertRelativeClose(activation + " input cotangent", inputCot, fdInputs, 1e-5);

        // the per-point Jacobian is the VJP with unit cotangents
        double[] jac = new double[out * in];
        mlp.jacobian(t, y, 1, jac);
        double[] single = new double[out];
        double[] singleCot = new double[in];
        for (int i = 0; i < out; i++) {
            single[i] = 1;
            mlp.backward(t, y, 5, 1, 1, single, singleCot, null, 0);
            single[i] = 0;
            for (int j = 0; j < in; j++) {
                assertThat(jac[i * in + j]).isCloseTo(singleCot[j], org.assertj.core.data.Offset.offset(1e-14));
            }
        }
        mlp.close();
    }

    private static double dot(double[] c, double[] up, double[] down) {
        double acc = 0;
        for (int i = 0; i < c.length; i++) {
            acc += c[i] * (up[i] - down[i]);
        }
        return acc;
    }

    @Test
    void mlpHandlesManyBatchSizesAndGivesTheSameRowsInEach() {
        Mlp mlp = new Mlp(2, 2, 5, 2, Activation.TANH);
        double[] theta = new double[mlp.parameterCount()];
        mlp.initialize(theta, 0, new Random(1));
        double[] y = Pipeline.gaussian(new Random(2), 2 * 20, 1.0);
        double[] all = new double[2 * 20];
        mlp.forward(0.5, y, 2, 0, 20, all);
        for (int batch = 1; batch <= 12; batch++) { // more sizes than the cache keeps
            double[] part = new double[2 * batch];
            mlp.forward(0.5, y, 2, 0, batch, part);
            assertThat(part).containsExactly(Arrays.copyOf(all, 2 * batch));
        }
        mlp.close();
    }

    // ---- determinism, layout, knobs ----

    @ParameterizedTest
    @MethodSource("configs")
    void sameSeedGivesIdenticalModelsAndOutputs(ModelConfig config) {
        NeuralOdeModel first = NeuralOdeModels.create(config);
        NeuralOdeModel second = NeuralOdeModels.create(config);
        assertThat(second.parameters()).containsExactly(first.parameters());
        Pipeline p1 = new Pipeline(first, 5, 1);
        Pipeline p2 = new Pipeline(second, 5, 1);
        SolverOptions options = SolverOptions.of(first.preferredMethod()).withStepSize(0.05);
        double[] y1 = p1.solve(options).finalState();
        double[] y2 = p2.solve(options).finalState();
        assertThat(y2).containsExactly(y1);
        double[] o1 = new double[15];
        double[] o2 = new double[15];
        first.readout(y1, o1);
        second.readout(y2, o2);
        assertThat(o2).containsExactly(o1);

        ModelConfig other = config.withDimensions(2, 3).withWidth(8).withDepth(2).withSeed(config.seed() + 1);
        assertThat(NeuralOdeModels.create(other).parameters()).isNotEqualTo(first.parameters());
        // layout: [field | input map | readout]
        int d = first.hiddenDimension();
        assertThat(first.readoutOffset() + d * 3 + 3).isEqualTo(first.parameterCount());
        assertThat(first.inputMapOffset()).isEqualTo(first.field().parameterCount());
    }

    @Test
    void learnedDampingStaysInsideTheUnitIntervalAndItsGradientMatchesFiniteDifferences() {
        ModelConfig config = ModelConfig.defaults(ModelFamilies.fromId("hbnode"), 2, 3).withWidth(8)
                .withDamping(0.3, true).withLearnInitialVelocity(true).withSeed(5L);
        NeuralOdeModel model = NeuralOdeModels.create(config);
        assertThat(model.damping()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-15));
        int raw = model.field().parameterCount() - 1;
        Pipeline pipeline = new Pipeline(model, 5, 6);
        double[] g = pipeline.gradient(Pipeline.dopri5(1e-10), true, Pipeline.dopri5(1e-10));
        double[] theta = model.parameters();
        double saved = theta[raw];
        SolverOptions tight = Pipeline.dopri5(1e-12);
        theta[raw] = saved + 1e-5;
        double up = pipeline.lossOf(pipeline.solve(tight).finalState());
        theta[raw] = saved - 1e-5;
        double down = pipeline.lossOf(pipeline.solve(tight).finalState());
        theta[raw] = saved;
        double fd = (up - down) / 2e-5;
        assertThat(fd).isNotZero();
        assertThat(g[raw]).isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-4 * Math.abs(fd)));

        // gradient steps that push γ_raw hard both ways never leave (0, 1)
        for (double push : new double[] {1e3, -1e3, 1e6, -1e6}) {
            theta[raw] += push;
            double gamma = model.damping();
            assertThat(gamma).isGreaterThan(0).isLessThan(1);
            Solution s = pipeline.solve(Pipeline.dopri5(1e-6));
            assertThat(s.isSuccess()).isTrue();
        }
        model.setDamping(0.9);
        assertThat(model.damping()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(model.config().damping()).isEqualTo(0.9);
        assertThatThrownBy(() -> model.setDamping(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knobsChangeTheFieldLive() {
        ModelConfig config = ModelConfig.defaults(ModelFamilies.fromId("ghbnode"), 2, 3).withWidth(8).withSeed(5L);
        NeuralOdeModel model = NeuralOdeModels.create(config);
        assertThat(model.knobs()).containsExactlyInAnyOrder(Knob.DAMPING, Knob.XI);
        double[] point = {0.3, -0.2, 0.7, 0.1};
        double[] before = new double[4];
        double[] after = new double[4];
        model.field().evaluate(0, point, before);
        model.setDamping(0.8);
        model.setXi(0.4);
        model.field().evaluate(0, point, after);
        // m' changes by −Δγ m − Δξ h
        assertThat(after[2] - before[2]).isCloseTo(-0.3 * 0.7 - 0.3 * 0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(after[0]).isEqualTo(before[0]);
        assertThat(model.config().damping()).isEqualTo(0.8);
        assertThat(model.config().xi()).isEqualTo(0.4);
        NeuralOdeModel node = NeuralOdeModels.create(ModelConfig.defaults(ModelFamilies.fromId("node"), 2, 2));
        assertThat(node.knobs()).isEmpty();
        assertThatThrownBy(() -> node.setDamping(0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("damping");
    }

    @Test
    void hamiltonianIsSplitAndVerletAgreesWithDopri5() {
        ModelConfig config = ModelConfig.defaults(ModelFamilies.fromId("hamiltonian"), 2, 3).withWidth(8)
                .withAugment(1).withSeed(3L);
        NeuralOdeModel model = NeuralOdeModels.create(config);
        Pipeline.perturb(model, 1, 0.2);
        assertThat(model.field()).isInstanceOf(SeparableVectorField.class);
        assertThat(model.preferredMethod()).isEqualTo(Method.VERLET);
        Pipeline pipeline = new Pipeline(model, 5, 2);
        double[] verlet = pipeline.solve(SolverOptions.of(Method.VERLET).withStepSize(1e-3)).finalState();
        double[] exact = pipeline.solve(Pipeline.dopri5(1e-11)).finalState();
        for (int i = 0; i < exact.length; i++) {
            assertThat(verlet[i]).isCloseTo(exact[i], org.assertj.core.data.Offset.offset(1e-5));
        }
        // z(0) = 0, y(0) = [x, 0]
        double[] y0 = pipeline.initialState();
        assertThat(Arrays.copyOfRange(y0, 2, 6)).containsOnly(0.0);
    }
}
