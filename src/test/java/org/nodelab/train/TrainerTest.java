package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.ode.Method;

class TrainerTest {

    /** Small enough to run in a test: 64 points, width 8, loose tolerances. */
    static TrainingConfig small(ModelFamily family, String dataset) {
        ModelConfig model = new ModelConfig(family, 1, 1, 8, 1, ModelConfig.Activation.TANH,
                family == ModelFamily.ANODE ? 1 : 0, 0.5, false, 0.1, 0.1, false, 3);
        Method solver = family == ModelFamily.HAMILTONIAN ? Method.VERLET : Method.DOPRI5;
        return new TrainingConfig(model, dataset, 64, 0.05, 5, solver, 1e-3, 1e-3, 2_000, GradientMethod.ADJOINT,
                0.02, 10.0, RegularizerKind.NONE, 0, 1.0, 0, 5);
    }

    @ParameterizedTest
    @EnumSource(ModelFamily.class)
    void everyFamilyTrainsOnEveryDataset(ModelFamily family) {
        for (String dataset : List.of("spirals", "circles", "moons", "spheres", "oscillator")) {
            try (Trainer trainer = new Trainer(small(family, dataset))) {
                for (int i = 0; i < 2; i++) {
                    IterationMetrics m = trainer.step();
                    assertThat(m.fault()).as(family + " on " + dataset).isNull();
                    assertThat(m.trainLoss()).isFinite();
                    assertThat(m.testLoss()).isFinite();
                    assertThat(m.nfeForward()).isPositive();
                }
            }
        }
    }

    @Test
    void sameSeedAndConfigGiveIdenticalLosses() {
        TrainingConfig config = small(ModelFamily.HBNODE, "spirals");
        assertThat(losses(config, 4)).containsExactlyElementsOf(losses(config, 4));
        assertThat(losses(config.withGradient(GradientMethod.BACKPROP), 3))
                .containsExactlyElementsOf(losses(config.withGradient(GradientMethod.BACKPROP), 3));
    }

    @Test
    void hbnodeLearnsTheMoons() {
        TrainingConfig config = small(ModelFamily.HBNODE, "moons").withLearningRate(0.05);
        try (Trainer trainer = new Trainer(config)) {
            double first = trainer.step().trainLoss();
            IterationMetrics last = null;
            for (int i = 0; i < 40; i++) {
                last = trainer.step();
            }
            assertThat(last.trainLoss()).isLessThan(0.5 * first);
            assertThat(last.trainAccuracy()).isGreaterThan(0.8);
        }
    }

    @ParameterizedTest
    @EnumSource(value = RegularizerKind.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyRegularizerAddsItsTermWithEitherGradientMethod(RegularizerKind kind) {
        for (GradientMethod method : GradientMethod.values()) {
            TrainingConfig config = small(ModelFamily.NODE, "spirals").withRegularizer(kind, 0.1).withGradient(method);
            try (Trainer trainer = new Trainer(config)) {
                IterationMetrics m = trainer.step();
                assertThat(m.fault()).as(kind + " with " + method).isNull();
                assertThat(m.regularization()).as(kind + " with " + method).isPositive();
                assertThat(trainer.step().fault()).isNull();
            }
        }
    }

    @Test
    void aFaultKeepsTheLastGoodParametersAndSaysWhy() {
        // A step limit of 1 cannot reach T: the forward solve stops and nothing may change.
        TrainingConfig config = small(ModelFamily.NODE, "moons");
        try (Trainer trainer = new Trainer(config)) {
            trainer.step();
            double[] before = trainer.model().parameters().clone();
            trainer.apply(config.withMaxSteps(1));
            IterationMetrics m = trainer.step();
            assertThat(m.failed()).isTrue();
            assertThat(m.fault()).contains("forward solve stopped").contains("parameters of iteration 1");
            assertThat(trainer.model().parameters()).containsExactly(before);
            assertThat(trainer.iteration()).isEqualTo(1);
            trainer.apply(config);
            assertThat(trainer.step().failed()).isFalse();
        }
    }

    @Test
    void liveSettingsApplyWithoutRestartAndShapeChangesRefuse() {
        TrainingConfig config = small(ModelFamily.HBNODE, "spirals");
        try (Trainer trainer = new Trainer(config)) {
            trainer.step();
            ModelConfig m = trainer.config().model();
            trainer.apply(trainer.config().withModel(new ModelConfig(m.family(), m.inputDimension(),
                    m.outputDimension(), m.width(), m.depth(), m.activation(), m.augment(), 1.5, false, m.xi(),
                    m.gammaShift(), false, m.seed())).withSolver(Method.TSIT5, 1e-4, 1e-4).withLearningRate(0.001));
            assertThat(trainer.damping()).isEqualTo(1.5);
            assertThat(trainer.solverOptions().method()).isEqualTo(Method.TSIT5);
            assertThat(trainer.step().failed()).isFalse();
            TrainingConfig wider = trainer.config().withModel(new ModelConfig(m.family(), m.inputDimension(),
                    m.outputDimension(), 16, m.depth(), m.activation(), m.augment(), 1.5, false, m.xi(),
                    m.gammaShift(), false, m.seed()));
            assertThat(trainer.config().requiresRestart(wider)).isTrue();
            assertThatThrownBy(() -> trainer.apply(wider)).hasMessageContaining("restart");
            assertThat(trainer.config().requiresRestart(trainer.config().withDataset("moons", 64, 0.05, 5))).isTrue();
        }
    }

    private static List<Double> losses(TrainingConfig config, int iterations) {
        List<Double> out = new ArrayList<>();
        try (Trainer trainer = new Trainer(config)) {
            for (int i = 0; i < iterations; i++) {
                IterationMetrics m = trainer.step();
                out.add(m.trainLoss());
                out.add(m.testLoss());
            }
        }
        return out;
    }
}
