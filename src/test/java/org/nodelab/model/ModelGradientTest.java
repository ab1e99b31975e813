package org.nodelab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nodelab.model.Assertions2.assertRelativeClose;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nodelab.model.ModelConfig.Activation;
import org.nodelab.model.family.ModelFamilies;

/**
 * For every family: dL/dθ over ALL parameters (field + input map + readout) of L = Σ w · readout(y(T)), batch 5,
 * by backprop through the solver and by the adjoint, each against central finite differences of the full
 * pipeline solved at 1e-12, and against each other.
 */
class ModelGradientTest {

    static Stream<ModelConfig> configs() {
        return Stream.of(
                config(ModelFamilies.fromId("node"), Activation.TANH, 0, 0.5, false, 0.1, false),
                config(ModelFamilies.fromId("anode"), Activation.SOFTPLUS, 2, 0.5, false, 0.1, false),
                config(ModelFamilies.fromId("hbnode"), Activation.TANH, 0, 0.5, false, 0.1, false),
                config(ModelFamilies.fromId("hbnode"), Activation.SOFTPLUS, 1, 0.3, true, 0.1, true),
                config(ModelFamilies.fromId("ghbnode"), Activation.TANH, 0, 0.4, true, 0.3, true),
                config(ModelFamilies.fromId("ghbnode"), Activation.TANH, 0, 0.6, false, 0.2, false),
                config(ModelFamilies.fromId("sonode"), Activation.TANH, 0, 0.5, false, 0.1, false),
                config(ModelFamilies.fromId("antisymmetric"), Activation.TANH, 1, 0.5, false, 0.1, false),
                config(ModelFamilies.fromId("hamiltonian"), Activation.TANH, 1, 0.5, false, 0.1, false));
    }

    static ModelConfig config(ModelFamily family, Activation activation, int augment, double damping,
                              boolean learnDamping, double xi, boolean learnVelocity) {
        return ModelConfig.defaults(family, 2, 3).withWidth(8).withActivation(activation).withAugment(augment)
                .withDamping(damping, learnDamping).withXi(xi).withLearnInitialVelocity(learnVelocity).withSeed(42L);
    }

    @ParameterizedTest
    @MethodSource("configs")
    void backpropAndAdjointMatchFiniteDifferences(ModelConfig config) {
        NeuralOdeModel model = NeuralOdeModels.create(config);
        Pipeline.perturb(model, 7, 0.1);
        Pipeline pipeline = new Pipeline(model, 5, 3);
        double[] fd = pipeline.finiteDifferences();

        double[] backprop = config.family().preferredMethod() == org.nodelab.ode.Method.VERLET
                ? pipeline.gradient(Pipeline.rk4(0.005), false, null)
                : pipeline.gradient(Pipeline.dopri5(1e-10), false, null);
        double[] adjoint = pipeline.gradient(Pipeline.dopri5(1e-10), true, Pipeline.dopri5(1e-10));

        assertRelativeClose(config.family() + " backprop vs fd", backprop, fd, 1e-4);
        assertRelativeClose(config.family() + " adjoint vs fd", adjoint, fd, 1e-4);
        assertRelativeClose(config.family() + " backprop vs adjoint", backprop, adjoint, 1e-4);
        // every block of θ takes part
        assertThat(model.inputMapOffset()).isEqualTo(model.field().parameterCount());
        assertThat(fd[model.readoutOffset()]).isNotZero();
        if (model.readoutOffset() > model.inputMapOffset()) {
            assertThat(fd[model.inputMapOffset()]).isNotZero();
        }
    }
}
