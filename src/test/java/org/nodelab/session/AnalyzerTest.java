package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.train.DataConfig;
import org.nodelab.train.SolverConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.ode.Method;
import org.nodelab.ode.SolveStatistics;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/** The analysis solves with the run's own solver, tolerances and step, so its step sizes are that solver's. */
class AnalyzerTest {

    private static TrainingConfig config(ModelFamily family, Method solver, GradientMethod gradient) {
        ModelConfig model = ModelConfig.defaults(family, 2, 2).withWidth(8).withDepth(1).withSeed(3);
        return TrainingConfig.defaults().withModel(model)
                .withData(new DataConfig("circles", 64, 0.05, 5))
                .withSolver(new SolverConfig(solver, 1e-4, 1e-6, 2_000))
                .withGradient(gradient)
                .withOptimizer(o -> o.withLearningRate(0.02))
                .withRegularizer(RegularizerKind.NONE, 0)
                .withAnalysisEvery(5);
    }

    private static ModelFamily family(String id) {
        return ModelFamilies.fromId(id);
    }

    @ParameterizedTest
    @CsvSource({"hamiltonian, VERLET, ADJOINT", "hamiltonian, VERLET, BACKPROP", "node, RK4, ADJOINT"})
    void fixedStepRunsAreAnalyzedWithTheirOwnSolverAtTheTrainingStep(String family, Method solver,
                                                                     GradientMethod gradient) {
        try (Trainer trainer = new Trainer(config(family(family), solver, gradient))) {
            AnalysisSnapshot analysis = new Analyzer(trainer).analyze(0);
            SolveStatistics flow = analysis.flow();
            assertThat(analysis.problem()).isNull();
            assertThat(flow.accepted()).isEqualTo(20);
            assertThat(flow.stepSizes()).containsOnly(trainer.horizon() / 20);
            // Verlet counts one force per step plus the first, even where training falls back to rk4 for its
            // tape; rk4 costs four evaluations a step.
            assertThat(flow.nfe()).isEqualTo(solver == Method.VERLET ? 21 : 80);
            // The tangent flow is not a split system: it takes Verlet's fallback, so exponents still come out.
            assertThat(analysis.lyapunovMean()).isNotEmpty();
            assertThat(analysis.spectra()).allSatisfy(s -> assertThat(s.stepSize()).isEqualTo(trainer.horizon() / 20));
        }
    }

    @ParameterizedTest
    @CsvSource({"BOSH3, 3", "DOPRI5, 6"})
    void adaptiveRunsAreAnalyzedWithTheirOwnPairAndTolerances(Method solver, int evaluationsPerStep) {
        try (Trainer trainer = new Trainer(config(family("node"), solver, GradientMethod.ADJOINT))) {
            SolveStatistics flow = new Analyzer(trainer).analyze(0).flow();
            // First same as last: one evaluation to start, one for the first-step rule, then s − 1 per step.
            assertThat(flow.nfe()).isEqualTo(2 + (long) evaluationsPerStep * flow.steps());
            assertThat(flow.accepted()).isGreaterThan(1);
        }
    }
}
