package org.nodelab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nodelab.model.Assertions2.assertRelativeClose;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nodelab.model.ModelConfig.Activation;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.ParametricVectorField;

/**
 * The fused MLP kernel (BLAS into bias tiles, tanh folded into 2W and a sigmoid, Java passes over native
 * buffers) against a straightforward reference written as plain double loops, for every family whose field
 * runs on an {@link Mlp}: the field value, the state cotangent cᵀ∂f/∂y and the parameter cotangent cᵀ∂f/∂θ
 * (and the MLP's time cotangent cᵀ∂f/∂t),
 * on random weights, to 1e-12. Batch sizes 1, 3 and 40 take different BLAS paths (row vector, small, larger).
 * The Hamiltonian and antisymmetric fields are plain Java already and not on the kernel.
 */
class FusedMlpReferenceTest {

    static Stream<ModelConfig> configs() {
        return Stream.of(
                config("node", Activation.TANH, 9, 2, false),
                config("node", Activation.RELU, 12, 3, false),
                config("anode", Activation.SOFTPLUS, 7, 1, false),
                config("sonode", Activation.TANH, 6, 2, false),
                config("hbnode", Activation.TANH, 32, 2, false),
                config("hbnode", Activation.SOFTPLUS, 4, 2, true),
                config("ghbnode", Activation.TANH, 8, 2, true),
                config("ghbnode", Activation.RELU, 10, 1, false));
    }

    static ModelConfig config(String family, Activation activation, int width, int depth, boolean learnDamping) {
        return ModelConfig.defaults(ModelFamilies.fromId(family), 2, 2).withWidth(width).withDepth(depth)
                .withActivation(activation).withDamping(0.35, learnDamping).withXi(0.25).withSeed(5L);
    }

    @ParameterizedTest
    @MethodSource("configs")
    void fieldAndVjpMatchPlainLoops(ModelConfig config) {
        NeuralOdeModel model = NeuralOdeModels.create(config);
        try {
            Random random = new Random(11);
            double[] all = model.parameters();
            for (int i = 0; i < all.length; i++) {
                all[i] = 0.6 * random.nextGaussian();
            }
            model.parametersChanged();
            ParametricVectorField field = model.field();
            Reference reference = new Reference(config, model, all);
            for (int batch : new int[] {1, 3, 40}) {
                int n = field.dimension();
                double[] y = gaussian(random, batch * n);
                double[] c = gaussian(random, batch * n);
                double t = 0.37;
                String what = config.family().id() + " " + config.activation() + " batch " + batch;

                double[] dydt = new double[batch * n];
                field.evaluate(t, y, dydt);
                assertRelativeClose(what + " f", dydt, reference.field(t, y, batch), 1e-12);

                double[] stateCotangent = new double[batch * n];
                double[] parameterCotangent = new double[field.parameterCount()];
                field.vectorJacobianProduct(t, y, c, stateCotangent, parameterCotangent);
                double[] expectedParameters = new double[field.parameterCount()];
                double[] expectedState = reference.vjp(t, y, c, batch, expectedParameters);
                assertRelativeClose(what + " cᵀ∂f/∂y", stateCotangent, expectedState, 1e-12);
                assertRelativeClose(what + " cᵀ∂f/∂θ", parameterCotangent, expectedParameters, 1e-12);
            }
        } finally {
            model.close();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void timeCotangentMatchesPlainLoops(ModelConfig config) {
        if (!config.family().id().equals("node")) {
            return;
        }
        NeuralOdeModel model = NeuralOdeModels.create(config);
        Mlp mlp = new Mlp(model.stateDimension(), model.stateDimension(), config.width(), config.depth(),
                config.activation());
        try {
            Random random = new Random(13);
            double[] theta = model.parameters();
            for (int i = 0; i < theta.length; i++) {
                theta[i] = 0.6 * random.nextGaussian();
            }
            mlp.load(theta, 0);
            Reference reference = new Reference(config, model, theta);
            int d = model.stateDimension();
            for (int batch : new int[] {1, 3, 40}) {
                double[] y = gaussian(random, batch * d);
                double[] c = gaussian(random, batch * d);
                double[] p = new double[mlp.parameterCount()];
                double got = mlp.backward(0.37, y, d, 0, batch, c, new double[batch * d], p, 0);
                reference.timeCotangent = 0;
                reference.vjp(0.37, y, c, batch, new double[mlp.parameterCount()]);
                assertThat(reference.timeCotangent).isNotZero();
                assertThat(Math.abs(got - reference.timeCotangent))
                        .as("cᵀ∂f/∂t, batch %d: %s vs %s", batch, got, reference.timeCotangent)
                        .isLessThanOrEqualTo(1e-12 * Math.abs(reference.timeCotangent));
            }
        } finally {
            mlp.close();
            model.close();
        }
    }

    private static double[] gaussian(Random random, int length) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** The families' equations over a plain-loop MLP with θ in {@link Mlp}'s layout. */
    private static final class Reference {
        final String family;
        final Activation activation;
        final int d;
        final int width;
        final int depth;
        final double[] theta;
        final boolean learnDamping;
        final double gamma;
        final double xi;
        /** cᵀ∂f/∂t summed over the rows of the last {@link #vjp}s, added up. */
        double timeCotangent;

        Reference(ModelConfig config, NeuralOdeModel model, double[] theta) {
            this.family = config.family().id();
            this.activation = config.activation();
            boolean secondOrder = !family.equals("node") && !family.equals("anode");
            this.d = secondOrder ? model.stateDimension() / 2 : model.stateDimension();
            this.width = config.width();
            this.depth = config.depth();
            this.theta = theta;
            this.learnDamping = config.learnDamping() && family.endsWith("hbnode");
            this.gamma = family.endsWith("hbnode") ? model.damping() : 0;
            this.xi = family.equals("ghbnode") ? model.xi() : 0;
            assertThat(n()).isEqualTo(model.stateDimension());
        }

        int mlpInputs() {
            return family.equals("sonode") ? 2 * d : d;
        }

        int n() {
            return family.equals("node") || family.equals("anode") ? d : 2 * d;
        }

        double[] field(double t, double[] y, int batch) {
            int n = n();
            double[] out = new double[batch * n];
            for (int r = 0; r < batch; r++) {
                double[] f = mlp(t, mlpInput(y, r)).output;
                for (int j = 0; j < d; j++) {
                    double h = y[r * n + j];
                    switch (family) {
                        case "node", "anode" -> out[r * n + j] = f[j];
                        case "sonode" -> {
                            out[r * n + j] = y[r * n + d + j];
                            out[r * n + d + j] = f[j];
                        }
                        default -> {
                            double m = y[r * n + d + j];
                            out[r * n + j] = family.equals("ghbnode") ? Math.tanh(m) : m;
                            out[r * n + d + j] = -gamma * m + f[j] - xi * h;
                        }
                    }
                }
            }
            return out;
        }

        double[] vjp(double t, double[] y, double[] c, int batch, double[] parameterCotangent) {
            int n = n();
            double[] out = new double[batch * n];
            for (int r = 0; r < batch; r++) {
                double[] cf = new double[d];
                for (int j = 0; j < d; j++) {
                    cf[j] = family.equals("node") || family.equals("anode") ? c[r * n + j] : c[r * n + d + j];
                }
                double[] cu = mlpBackward(t, mlpInput(y, r), cf, parameterCotangent);
                for (int j = 0; j < d; j++) {
                    switch (family) {
                        case "node", "anode" -> out[r * n + j] = cu[j];
                        case "sonode" -> {
                            out[r * n + j] = cu[j];
                            out[r * n + d + j] = c[r * n + j] + cu[d + j];
                        }
                        default -> {
                            double m = y[r * n + d + j];
                            double cm = c[r * n + d + j];
                            double th = Math.tanh(m);
                            double dhdm = family.equals("ghbnode") ? 1 - th * th : 1;
                            out[r * n + j] = cu[j] - xi * cm;
                            out[r * n + d + j] = c[r * n + j] * dhdm - gamma * cm;
                            if (learnDamping) {
                                parameterCotangent[parameterCotangent.length - 1] -= cm * m * gamma * (1 - gamma);
                            }
                        }
                    }
                }
            }
            return out;
        }

        private double[] mlpInput(double[] y, int r) {
            double[] u = new double[mlpInputs()];
            System.arraycopy(y, r * n(), u, 0, u.length);
            return u;
        }

        private int fanIn(int l) {
            return l == 0 ? mlpInputs() + 1 : width;
        }

        private int fanOut(int l) {
            return l == depth ? d : width;
        }

        private int weightOffset(int l) {
            int offset = 0;
            for (int k = 0; k < l; k++) {
                offset += fanIn(k) * fanOut(k) + fanOut(k);
            }
            return offset;
        }

        private record Activations(double[][] layerInputs, double[][] pre, double[] output) {
        }

        private Activations mlp(double t, double[] u) {
            double[][] inputs = new double[depth + 1][];
            double[][] pre = new double[depth + 1][];
            double[] a = new double[u.length + 1];
            System.arraycopy(u, 0, a, 0, u.length);
            a[u.length] = t;
            for (int l = 0; l <= depth; l++) {
                inputs[l] = a;
                int w = weightOffset(l);
                int b = w + fanIn(l) * fanOut(l);
                double[] z = new double[fanOut(l)];
                for (int j = 0; j < fanOut(l); j++) {
                    double s = 0;
                    for (int i = 0; i < fanIn(l); i++) {
                        s += a[i] * theta[w + i * fanOut(l) + j];
                    }
                    z[j] = s + theta[b + j];
                }
                pre[l] = z;
                if (l < depth) {
                    a = new double[z.length];
                    for (int j = 0; j < z.length; j++) {
                        a[j] = sigma(z[j]);
                    }
                } else {
                    a = z;
                }
            }
            return new Activations(inputs, pre, a);
        }

        private double[] mlpBackward(double t, double[] u, double[] c, double[] parameterCotangent) {
            Activations act = mlp(t, u);
            double[] delta = c.clone();
            for (int l = depth; l >= 0; l--) {
                int w = weightOffset(l);
                int b = w + fanIn(l) * fanOut(l);
                double[] a = act.layerInputs[l];
                double[] upstream = new double[fanIn(l)];
                for (int i = 0; i < fanIn(l); i++) {
                    for (int j = 0; j < fanOut(l); j++) {
                        parameterCotangent[w + i * fanOut(l) + j] += a[i] * delta[j];
                        upstream[i] += delta[j] * theta[w + i * fanOut(l) + j];
                    }
                }
                for (int j = 0; j < fanOut(l); j++) {
                    parameterCotangent[b + j] += delta[j];
                }
                if (l > 0) {
                    double[] z = act.pre[l - 1];
                    delta = new double[upstream.length];
                    for (int i = 0; i < upstream.length; i++) {
                        delta[i] = upstream[i] * sigmaPrime(z[i]);
                    }
                } else {
                    delta = upstream;
                }
            }
            double[] cu = new double[u.length];
            System.arraycopy(delta, 0, cu, 0, u.length);
            timeCotangent += delta[u.length];
            return cu;
        }

        private double sigma(double z) {
            return switch (activation) {
                case TANH -> Math.tanh(z);
                case RELU -> Math.max(0, z);
                case SOFTPLUS -> Math.log1p(Math.exp(z));
            };
        }

        private double sigmaPrime(double z) {
            return switch (activation) {
                case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
                case RELU -> z > 0 ? 1 : 0;
                case SOFTPLUS -> 1 / (1 + Math.exp(-z));
            };
        }
    }
}
