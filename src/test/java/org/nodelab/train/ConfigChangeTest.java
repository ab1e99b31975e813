package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;

class ConfigChangeTest {

    private static final TrainingConfig BASE = TrainingConfig.defaults();

    private static ConfigChange change(UnaryOperator<TrainingConfig> edit) {
        return ConfigChange.between(BASE, edit.apply(BASE));
    }

    @Test
    void knobsSolverOptimizerRegularizerHorizonAndGradientAreLive() {
        List<UnaryOperator<TrainingConfig>> live = List.of(
                c -> c.withModel(m -> m.withDamping(0.3)),
                c -> c.withModel(m -> m.withXi(0.7)),
                c -> c.withModel(m -> m.withGammaShift(0.4)),
                c -> c.withModel(m -> m.withDimensions(5, 3)),
                c -> c.withSolver(s -> s.withRtol(1e-5)),
                c -> c.withSolver(s -> s.withMethod(Method.TSIT5).withMaxSteps(7)),
                c -> c.withOptimizer(o -> o.withLearningRate(0.2).withClipNorm(1).withBatchSize(16)),
                c -> c.withRegularizer(RegularizerKind.KINETIC_JACOBIAN, 0.1),
                c -> c.withIntegrationTime(2.5),
                c -> c.withGradient(GradientMethod.BACKPROP),
                c -> c.withAnalysisEvery(3));
        for (UnaryOperator<TrainingConfig> edit : live) {
            ConfigChange change = change(edit);
            assertThat(change.effect()).as(edit.apply(BASE).toString()).isEqualTo(ConfigChange.Effect.LIVE);
            assertThat(change.restarts()).isFalse();
            assertThat(change.reason()).isNull();
        }
    }

    @Test
    void theFamilyAndEveryModelSettingRebuildTheModel() {
        ModelConfig m = BASE.model();
        List<ModelConfig> rebuilt = List.of(m.withFamily(ModelFamilies.fromId("node")), m.withWidth(64),
                m.withDepth(3), m.withActivation(ModelConfig.Activation.RELU), m.withAugment(2),
                m.withLearnDamping(true), m.withLearnInitialVelocity(true), m.withSeed(9));
        for (ModelConfig next : rebuilt) {
            ConfigChange change = ConfigChange.between(BASE, BASE.withModel(next));
            assertThat(change.effect()).as(next.toString()).isEqualTo(ConfigChange.Effect.RESTART);
            assertThat(change.modelRebuilt()).isTrue();
            assertThat(change.dataRebuilt()).isFalse();
        }
        assertThat(change(c -> c.withModel(x -> x.withWidth(64))).reason()).isEqualTo("the model's width changed");
        assertThat(change(c -> c.withModel(x -> x.withFamily(ModelFamilies.fromId("sonode")))).reason())
                .isEqualTo("the model family changed");
    }

    @Test
    void anyDataChangeRebuildsTheDataButKeepsTheModelShape() {
        List<UnaryOperator<DataConfig>> edits = List.of(d -> d.withDataset("moons"), d -> d.withPoints(64),
                d -> d.withNoise(0.2), d -> d.withSeed(4));
        for (UnaryOperator<DataConfig> edit : edits) {
            ConfigChange change = change(c -> c.withData(edit));
            assertThat(change.restarts()).isTrue();
            assertThat(change.dataRebuilt()).isTrue();
            assertThat(change.modelRebuilt()).isFalse();
            assertThat(change.reason()).isEqualTo("the data changed");
        }
    }
}
