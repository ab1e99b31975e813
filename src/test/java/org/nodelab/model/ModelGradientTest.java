package org.nodelab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nodelab.model.Assertions2.assertRelativeClose;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nodelab.model.ModelConfig.Activation;

/**
 * For every family: dL/dθ over ALL parameters (field + input map + readout) of L = Σ w · readout(y(T)), batch 5,
 * by backprop through the solver and by the adjoint, each against central finite differences of the full
 * pipeline solved at 1e-12, and against each other.
 */
class ModelGradientTest {

    static Stream<ModelConfig> configs() {
        return Stream.of(
                config(ModelFamily.NODE, Activation.TANH, 0, 0.5, false, 0.1, false),
                config(ModelFamily.ANODE, Activation.SOFTPLUS, 2, 0.5, false, 0.1, false),
                config(ModelFamily.HBNODE, Activation.TANH, 0, 0.5, false, 0.1, false),
                config(ModelFamily.HBNODE, Activation.SOFTPLUS, 1, 0.3, true, 0.1, true),
                config(ModelFamily.GHBNODE, Activation.TANH, 0, 0.4, true, 0.3, true),
                config(ModelFamily.GHBNODE, Activation.TANH, 0, 0.6, false, 0.2, false),
                config(ModelFamily.SONODE, Activation.TANH, 0, 0.5, false, 0.1, false),
                config(ModelFamily.ANTISYMMETRIC, Activation.TANH, 1, 0.5, false, 0.1, false),
                config(ModelFamily.HAMILTONIAN, Activation.TANH, 1, 0.5, false, 0.1, false));
    }

    static ModelConfig config(ModelFamily family, Activation activation, int augment, double damping,
                              boolean learnDamping, double xi, boolean learnVelocity) {
        return new ModelConfig(family, 2, 3, 8, 2, activation, augment, damping, learnDamping, xi, 0.1,
                learnVelocity, 42L);
    }

    @ParameterizedTest
    @MethodSource("configs")
    void backpropAndAdjointMatchFiniteDifferences(ModelConfig config) {
        NeuralOdeModel model = NeuralOdeModels.create(config);
        Pipeline.perturb(model, 7, 0.1);
        Pipeline pipeline = new Pipeline(model, 5, 3);
        double[] fd = pipeline.finiteDifferences();

        double[] backprop = config.family() == ModelFamily.HAMILTONIAN
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
