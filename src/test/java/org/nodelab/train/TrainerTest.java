package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;

class TrainerTest {

    /** Small enough to run in a test: 64 points, width 8, loose tolerances. */
    static TrainingConfig small(ModelFamily family, String dataset) {
        ModelConfig model = ModelConfig.defaults(family, 1, 1).withWidth(8).withDepth(1).withSeed(3);
        return TrainingConfig.defaults().withModel(model)
                .withData(new DataConfig(dataset, 64, 0.05, 5))
                .withSolver(new SolverConfig(family.preferredMethod(), 1e-3, 1e-3, 2_000))
                .withOptimizer(o -> o.withLearningRate(0.02))
                .withAnalysisEvery(5);
    }

    @ParameterizedTest
    @MethodSource("org.nodelab.model.family.ModelFamilies#all")
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
        TrainingConfig config = small(ModelFamilies.fromId("hbnode"), "spirals");
        assertThat(losses(config, 4)).containsExactlyElementsOf(losses(config, 4));
        assertThat(losses(config.withGradient(GradientMethod.BACKPROP), 3))
                .containsExactlyElementsOf(losses(config.withGradient(GradientMethod.BACKPROP), 3));
    }

    @Test
    void hbnodeLearnsTheMoons() {
        TrainingConfig config = small(ModelFamilies.fromId("hbnode"), "moons")
                .withOptimizer(o -> o.withLearningRate(0.05));
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
            TrainingConfig config = small(ModelFamilies.fromId("node"), "spirals").withRegularizer(kind, 0.1)
                    .withGradient(method);
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
        TrainingConfig config = small(ModelFamilies.fromId("node"), "moons");
        try (Trainer trainer = new Trainer(config)) {
            trainer.step();
            double[] before = trainer.model().parameters().clone();
            trainer.apply(config.withSolver(s -> s.withMaxSteps(1)));
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
        TrainingConfig config = small(ModelFamilies.fromId("hbnode"), "spirals");
        try (Trainer trainer = new Trainer(config)) {
            trainer.step();
            ModelConfig m = trainer.config().model();
            trainer.apply(trainer.config().withModel(m.withDamping(1.5))
                    .withSolver(s -> s.withMethod(Method.TSIT5).withTolerances(1e-4, 1e-4))
                    .withOptimizer(o -> o.withLearningRate(0.001)));
            assertThat(trainer.damping()).isEqualTo(1.5);
            assertThat(trainer.solverOptions().method()).isEqualTo(Method.TSIT5);
            assertThat(trainer.step().failed()).isFalse();
            // T is live too: the classification task reads it from the current config.
            trainer.apply(trainer.config().withIntegrationTime(2.0));
            assertThat(trainer.horizon()).isEqualTo(2.0);
            assertThat(trainer.step().failed()).isFalse();
            TrainingConfig wider = trainer.config().withModel(m.withDamping(1.5).withWidth(16));
            assertThat(ConfigChange.between(trainer.config(), wider).restarts()).isTrue();
            assertThatThrownBy(() -> trainer.apply(wider)).hasMessageContaining("restart")
                    .hasMessageContaining("width");
            TrainingConfig moons = trainer.config().withData(d -> d.withDataset("moons"));
            assertThat(ConfigChange.between(trainer.config(), moons).restarts()).isTrue();
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
