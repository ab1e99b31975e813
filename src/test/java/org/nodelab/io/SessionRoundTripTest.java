package org.nodelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.train.DataConfig;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/**
 * The sessions' guarantee: N iterations, save, load, M more give bit for bit the losses of N + M iterations
 * never interrupted, for both gradient methods, several families and the regularizers that draw at random.
 */
class SessionRoundTripTest {

    @TempDir
    Path folder;

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("node", GradientMethod.ADJOINT, RegularizerKind.LOCAL_ERROR, 16),
                Arguments.of("anode", GradientMethod.ADJOINT, RegularizerKind.LOCAL_ERROR_AT_STEPS, 0),
                Arguments.of("hbnode", GradientMethod.BACKPROP, RegularizerKind.LOCAL_ERROR_AT_STEPS, 0),
                Arguments.of("ghbnode", GradientMethod.ADJOINT, RegularizerKind.KINETIC_JACOBIAN, 20),
                Arguments.of("node", GradientMethod.BACKPROP, RegularizerKind.LOCAL_STIFFNESS, 12));
    }

    static TrainingConfig config(String family, GradientMethod gradient, RegularizerKind regularizer, int batch) {
        // The seminorm (not the default) shows that the adjoint norm travels with the session's config.
        return TrainingConfig.defaults()
                .withSolver(s -> s.withAdjointNorm(AdjointNorm.SEMINORM))
                .withModel(ModelConfig.defaults(ModelFamilies.fromId(family), 2, 2).withWidth(6).withDepth(1)
                        .withSeed(3))
                .withData(new DataConfig("moons", 48, 0.1, 5))
                .withOptimizer(o -> o.withBatchSize(batch))
                .withRegularizer(regularizer, 0.05)
                .withGradient(gradient)
                .withAnalysisEvery(7);
    }

    @ParameterizedTest(name = "{0} {1} {2} batch {3}")
    @MethodSource("runs")
    void aResumedRunGivesTheLossesOfOneNeverInterrupted(String family, GradientMethod gradient,
                                                         RegularizerKind regularizer, int batch) throws Exception {
        TrainingConfig config = config(family, gradient, regularizer, batch);
        int before = 3;
        int after = 3;
        List<IterationMetrics> uninterrupted = new ArrayList<>();
        double[] finalParameters;
        try (Trainer trainer = new Trainer(config)) {
            for (int i = 0; i < before + after; i++) {
                uninterrupted.add(trainer.step());
            }
            finalParameters = trainer.model().parameters().clone();
        }

        Path file = folder.resolve("run.session.json");
        List<IterationMetrics> first = new ArrayList<>();
        TrainingConfig fitted;
        try (Trainer trainer = new Trainer(config)) {
            fitted = trainer.config();
            for (int i = 0; i < before; i++) {
                first.add(trainer.step());
            }
            SessionFiles.write(file, trainer, RunHistory.of(first));
        }
        SessionFile session = SessionFiles.read(file);
        assertThat(session.config()).isEqualTo(fitted);
        assertThat(session.config().solver().adjointNorm()).isEqualTo(AdjointNorm.SEMINORM);
        assertThat(session.history().trainLoss()).containsExactly(RunHistory.of(first).trainLoss());
        List<IterationMetrics> resumed = new ArrayList<>(first);
        try (Trainer trainer = session.resume()) {
            assertThat(trainer.iteration()).isEqualTo(before);
            for (int i = 0; i < after; i++) {
                resumed.add(trainer.step());
            }
            assertThat(trainer.model().parameters()).containsExactly(finalParameters);
        }

        for (int i = 0; i < before + after; i++) {
            IterationMetrics want = uninterrupted.get(i);
            IterationMetrics got = resumed.get(i);
            assertThat(want.fault()).as("iteration %d", i + 1).isNull();
            assertThat(got.iteration()).isEqualTo(want.iteration());
            assertThat(bits(got.trainLoss())).as("train loss %d", i + 1).isEqualTo(bits(want.trainLoss()));
            assertThat(bits(got.testLoss())).as("test loss %d", i + 1).isEqualTo(bits(want.testLoss()));
            assertThat(bits(got.regularization())).as("regularization %d", i + 1)
                    .isEqualTo(bits(want.regularization()));
            assertThat(bits(got.gradientNorm())).isEqualTo(bits(want.gradientNorm()));
            assertThat(got.nfeForward()).isEqualTo(want.nfeForward());
            assertThat(got.nfeBackward()).isEqualTo(want.nfeBackward());
        }
        // The regularizer really drew (or the test would not cover the random stream).
        assertThat(uninterrupted.get(before).regularization()).isPositive();
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
