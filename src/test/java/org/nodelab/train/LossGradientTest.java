package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.SampleCatalog;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.ParameterBlock;
import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.data.DataPart;

/**
 * The gradient a user can compare with another library's must be the gradient of the loss {@code eval} reports:
 * checked against central finite differences of {@link Trainer#evaluate} (an independent path through the
 * test task) at the shipped samples' trained parameters.
 */
class LossGradientTest {

    /** A trainer over the sample's own data, holding the sample's trained parameters (as eval sets it up). */
    private static Trainer trainerFor(String sample, Method solver, double tol, GradientMethod method)
            throws IOException {
        LoadedModel loaded = SampleCatalog.load(sample);
        try {
            TrainingConfig config = loaded.config().withSolver(s -> s.withMethod(solver).withTolerances(tol, tol)).withGradient(method)
                    .withRegularizer(RegularizerKind.NONE, 0);
            Trainer trainer = new Trainer(config);
            System.arraycopy(loaded.model().parameters(), 0, trainer.model().parameters(), 0,
                    loaded.model().parameterCount());
            trainer.model().parametersChanged();
            return trainer;
        } finally {
            loaded.model().close();
        }
    }

    private static LossGradient.Result onTestPart(Trainer trainer) {
        DataPart test = trainer.data().test();
        return LossGradient.compute(trainer.model(), test.features(), test.labels(), trainer.horizon(),
                trainer.solverOptions(), trainer.config().gradient(), trainer.config().solver().adjointNorm());
    }

    /**
     * Compares with central differences on a spread of entries of every block (first, middle, last), and
     * returns the largest error relative to the gradient's largest entry.
     */
    private static double relativeErrorAgainstFiniteDifferences(Trainer trainer, double epsilon) {
        LossGradient.Result g = onTestPart(trainer);
        assertThat(g.isSuccess()).as(g.problem()).isTrue();
        SolverOptions options = trainer.solverOptions();
        NeuralOdeModel model = trainer.model();
        // The loss the gradient belongs to is the one eval reports, to the last bit.
        assertThat(g.loss()).isEqualTo(trainer.evaluate(options).loss());
        double scale = Arrays.stream(g.gradient()).map(Math::abs).max().orElseThrow();
        assertThat(scale).isPositive();
        TreeSet<Integer> entries = new TreeSet<>();
        for (ParameterBlock block : model.parameterLayout()) {
            entries.addAll(java.util.List.of(block.offset(), block.offset() + block.size() / 2,
                    block.offset() + block.size() - 1));
        }
        double worst = 0;
        double[] theta = model.parameters();
        for (int i : entries) {
            double saved = theta[i];
            theta[i] = saved + epsilon;
            model.parametersChanged();
            double up = trainer.evaluate(options).loss();
            theta[i] = saved - epsilon;
            model.parametersChanged();
            double down = trainer.evaluate(options).loss();
            theta[i] = saved;
            model.parametersChanged();
            double difference = (up - down) / (2 * epsilon);
            worst = Math.max(worst, Math.abs(difference - g.gradient()[i]) / scale);
        }
        return worst;
    }

    @Test
    void adjointMatchesFiniteDifferencesAtTightTolerancesForNodeAndHbnode() throws IOException {
        for (String sample : new String[] {"node-circles", "hbnode-circles"}) {
            try (Trainer trainer = trainerFor(sample, Method.DOPRI5, 1e-10, GradientMethod.ADJOINT)) {
                assertThat(relativeErrorAgainstFiniteDifferences(trainer, 1e-5)).as(sample).isLessThan(1e-7);
            }
        }
    }

    @Test
    void backpropThroughFixedStepsIsTheExactGradientOfTheDiscreteSolve() throws IOException {
        // rk4 at the trainer's T/20 steps: the discrete solve is a smooth function of θ, so the differences
        // agree with backprop to rounding, for the plain field, the momentum field and SONODE's input map.
        for (String sample : new String[] {"node-circles", "hbnode-circles", "sonode-spirals"}) {
            try (Trainer trainer = trainerFor(sample, Method.RK4, 1e-3, GradientMethod.BACKPROP)) {
                assertThat(trainer.solverOptions().stepSize()).isEqualTo(trainer.horizon() / 20);
                assertThat(relativeErrorAgainstFiniteDifferences(trainer, 1e-6)).as(sample).isLessThan(2e-8);
            }
        }
    }

    @Test
    void backpropOnTheHamiltonianNetworkGoesThroughRk4AsTheTrainerDoes() throws IOException {
        try (Trainer trainer = trainerFor("hamiltonian-circles", Method.VERLET, 1e-3, GradientMethod.BACKPROP)) {
            assertThat(trainer.solverOptions().method()).isEqualTo(Method.RK4);
            assertThat(relativeErrorAgainstFiniteDifferences(trainer, 1e-6)).isLessThan(2e-8);
        }
    }

    @Test
    void backpropRefusesVerletWhichKeepsNoTape() throws IOException {
        try (Trainer trainer = trainerFor("hamiltonian-circles", Method.VERLET, 1e-3, GradientMethod.ADJOINT)) {
            DataPart test = trainer.data().test();
            SolverOptions verlet = trainer.solverOptions();
            assertThat(verlet.method()).isEqualTo(Method.VERLET);
            assertThatThrownBy(() -> LossGradient.compute(trainer.model(), test.features(), test.labels(),
                    trainer.horizon(), verlet, GradientMethod.BACKPROP, AdjointNorm.MIXED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rk4");
        }
    }

    @Test
    void countsTheForwardAndBackwardEvaluations() throws IOException {
        try (Trainer trainer = trainerFor("node-circles", Method.DOPRI5, 1e-3, GradientMethod.ADJOINT)) {
            LossGradient.Result g = onTestPart(trainer);
            assertThat(g.nfeForward()).isEqualTo(trainer.evaluate(trainer.solverOptions()).nfe());
            assertThat((g.nfeForward() - 2) % 6).isZero();
            assertThat(g.nfeBackward()).isPositive();
        }
    }
}
