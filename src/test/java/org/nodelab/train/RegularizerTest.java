package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;
import org.nodelab.ode.Backprop;
import org.nodelab.ode.ErrorPenalty;
import org.nodelab.ode.FlowRegularity;
import org.nodelab.ode.Gradient;
import org.nodelab.ode.LocalStepError;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.StepTape;

/**
 * Each regularizer class against the formula the trainer used to apply inline, recomputed here from the ode
 * primitives: same value, same gradient, same evaluations, same random draws.
 */
class RegularizerTest {

    private static final long SEED = 5 ^ 0x5DEECE66DL;
    private static final double LAMBDA = 0.3;
    private static final double RTOL = 1e-3;
    private static final double ATOL = 1e-4;

    private NeuralOdeModel model;
    private double[] inputs;
    private double[] times;
    private Solution forward;
    private double[][] cotangents;

    @BeforeEach
    void solveABatch() {
        ModelConfig config = ModelConfig.defaults(org.nodelab.model.family.ModelFamilies.fromId("sonode"), 2, 2)
                .withWidth(8).withDepth(1).withLearnInitialVelocity(true).withSeed(3);
        model = NeuralOdeModels.create(config);
        inputs = new double[] {0.5, -1.0, 1.2, 0.3, -0.4, 0.8};
        double[] start = new double[3 * model.stateDimension()];
        model.initialState(inputs, start);
        times = new double[] {0, 0.37, 1};
        forward = OdeSolver.solve(model.field(), start, times,
                SolverOptions.of(Method.DOPRI5).withTolerances(RTOL, ATOL).withRecordSteps(true));
        assertThat(forward.isSuccess()).isTrue();
        assertThat(forward.tape().steps()).hasSizeGreaterThan(1);
        cotangents = new double[times.length][];
        cotangents[2] = new double[start.length];
        for (int q = 0; q < start.length; q++) {
            cotangents[2][q] = Math.sin(q + 1.0);
        }
    }

    @AfterEach
    void free() {
        model.close();
    }

    private Regularizer build(RegularizerKind kind, Method solver, double lambda) {
        return new Regularizers(SEED).create(kind, new Regularizers.Settings(lambda, solver, RTOL, ATOL, 5));
    }

    private RegularizationInput input(double sampleTime, double[] sampledState, Gradient backward,
                                      GradientMethod method) {
        return new RegularizationInput(model, model.field(), forward, times, sampleTime, sampledState, inputs,
                backward, method, 4);
    }

    private Gradient backprop(ErrorPenalty penalty) {
        return Backprop.gradient(model.field(), forward, cotangents, penalty);
    }

    private double[] start() {
        double[] g = new double[model.parameters().length];
        for (int i = 0; i < g.length; i++) {
            g[i] = 0.01 * i;
        }
        return g;
    }

    @ParameterizedTest
    @EnumSource(RegularizerKind.class)
    void atZeroStrengthEveryKindIsNoneAndDrawsNothing(RegularizerKind kind) {
        Regularizers registry = new Regularizers(SEED);
        Regularizer none = registry.create(kind, new Regularizers.Settings(0, Method.DOPRI5, RTOL, ATOL, 5));
        assertThat(none).isInstanceOf(NoRegularizer.class);
        assertThat(none.need()).isEqualTo(Regularizer.Need.NOTHING);
        assertThat(none.sampleTime(1.0)).isNaN();
        double[] g = start();
        assertThat(none.contribute(input(Double.NaN, null, backprop(null), GradientMethod.BACKPROP), g))
                .isEqualTo(Regularizer.Contribution.NONE);
        assertThat(g).containsExactly(start());
        // The stream is untouched: the next local regularizer draws the stream's first number.
        Regularizer local = registry.create(RegularizerKind.LOCAL_ERROR,
                new Regularizers.Settings(LAMBDA, Method.DOPRI5, RTOL, ATOL, 5));
        assertThat(local.sampleTime(2.0)).isEqualTo(2.0 * (0.001 + 0.998 * new SplittableRandom(SEED).nextDouble()));
    }

    @Test
    void weightDecayIsHalfLambdaTheSquaredNormWithGradientLambdaTheta() {
        Regularizer decay = build(RegularizerKind.WEIGHT_DECAY, Method.DOPRI5, LAMBDA);
        assertThat(decay.need()).isEqualTo(Regularizer.Need.NOTHING);
        double[] theta = model.parameters();
        double[] expected = start();
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            sum += theta[i] * theta[i];
            expected[i] += LAMBDA * theta[i];
        }
        double[] g = start();
        Regularizer.Contribution c = decay.contribute(input(Double.NaN, null, backprop(null),
                GradientMethod.ADJOINT), g);
        assertThat(c.value()).isEqualTo(0.5 * LAMBDA * sum).isPositive();
        assertThat(c.evaluations()).isZero();
        assertThat(g).containsExactly(expected);
    }

    @Test
    void localErrorAndStiffnessDrawTheirTimeFromTheStreamAndPenalizeAFreshStepThere() {
        SplittableRandom oldStream = new SplittableRandom(SEED);
        Regularizers registry = new Regularizers(SEED);
        Regularizer local = registry.create(RegularizerKind.LOCAL_ERROR,
                new Regularizers.Settings(LAMBDA, Method.RK4, RTOL, ATOL, 5));
        Regularizer stiffness = registry.create(RegularizerKind.LOCAL_STIFFNESS,
                new Regularizers.Settings(LAMBDA, Method.TSIT5, RTOL, ATOL, 5));
        assertThat(local.need()).isEqualTo(Regularizer.Need.SAMPLED_TIME);
        double horizon = 1.0;
        double tLocal = local.sampleTime(horizon);
        double tStiff = stiffness.sampleTime(horizon);
        assertThat(tLocal).isEqualTo(horizon * (0.001 + 0.998 * oldStream.nextDouble()));
        assertThat(tStiff).isEqualTo(horizon * (0.001 + 0.998 * oldStream.nextDouble()));

        double[] state = forward.states()[1];
        // A fixed-step run (rk4 here) has no embedded pair, so its local step is dopri5's.
        checkLocal(local, tLocal, state, Method.DOPRI5, LocalStepError.Measure.ERROR);
        checkLocal(stiffness, tStiff, state, Method.TSIT5, LocalStepError.Measure.STIFFNESS);
    }

    private void checkLocal(Regularizer regularizer, double t, double[] state, Method method,
                            LocalStepError.Measure measure) {
        LocalStepError.Result r = LocalStepError.compute(model.field(), method.tableau(), t, state, RTOL, ATOL,
                measure, true);
        double[] expected = start();
        for (int i = 0; i < r.parameterGradient().length; i++) {
            expected[i] += LAMBDA * r.parameterGradient()[i];
        }
        double[] g = start();
        Regularizer.Contribution c = regularizer.contribute(input(t, state, backprop(null), GradientMethod.ADJOINT), g);
        assertThat(c.value()).isEqualTo(LAMBDA * r.value()).isPositive();
        assertThat(g).containsExactly(expected);
        assertThat(g).isNotEqualTo(start());
    }

    @Test
    void localErrorAtStepsDrawsAnAcceptedStepFromTheTape() {
        Regularizer atSteps = build(RegularizerKind.LOCAL_ERROR_AT_STEPS, Method.BOSH3, LAMBDA);
        assertThat(atSteps.need()).isEqualTo(Regularizer.Need.STEP_TAPE);
        assertThat(atSteps.sampleTime(1.0)).isNaN();
        List<StepTape.Step> steps = forward.tape().steps();
        StepTape.Step step = steps.get(new SplittableRandom(SEED).nextInt(steps.size()));
        LocalStepError.Result r = LocalStepError.compute(model.field(), Method.BOSH3.tableau(), step.startTime(),
                step.startState(), RTOL, ATOL, LocalStepError.Measure.ERROR, true);
        double[] expected = start();
        for (int i = 0; i < r.parameterGradient().length; i++) {
            expected[i] += LAMBDA * r.parameterGradient()[i];
        }
        double[] g = start();
        Regularizer.Contribution c = atSteps.contribute(input(Double.NaN, null, backprop(null),
                GradientMethod.BACKPROP), g);
        assertThat(c.value()).isEqualTo(LAMBDA * r.value()).isPositive();
        assertThat(g).containsExactly(expected);
    }

    @Test
    void globalErrorRidesOnBackpropAndTakesItsOwnPassBesideTheAdjoint() {
        Regularizer global = build(RegularizerKind.GLOBAL_ERROR, Method.DOPRI5, LAMBDA);
        assertThat(global.need()).isEqualTo(Regularizer.Need.STEP_TAPE);
        ErrorPenalty penalty = new ErrorPenalty(LAMBDA, RTOL, ATOL);
        assertThat(global.backpropPenalty()).isEqualTo(penalty);

        Gradient withPenalty = backprop(penalty);
        double[] g = start();
        Regularizer.Contribution folded = global.contribute(input(Double.NaN, null, withPenalty,
                GradientMethod.BACKPROP), g);
        assertThat(folded.value()).isEqualTo(withPenalty.penalty()).isPositive();
        assertThat(folded.evaluations()).isZero();
        assertThat(g).containsExactly(start());

        Gradient extra = Backprop.gradient(model.field(), forward, new double[times.length][], penalty);
        double[] expected = start();
        for (int i = 0; i < extra.parameters().length; i++) {
            expected[i] += extra.parameters()[i];
        }
        model.initialStateGradient(inputs, extra.initialState(), expected);
        double[] h = start();
        Regularizer.Contribution own = global.contribute(input(Double.NaN, null, backprop(null),
                GradientMethod.ADJOINT), h);
        assertThat(own.value()).isEqualTo(extra.penalty());
        assertThat(own.evaluations()).isEqualTo(extra.backwardEvaluations()).isPositive();
        assertThat(h).containsExactly(expected);

        // Fixed-step methods have no error estimate to sum: ERNODE is inert there and needs no tape.
        assertThat(build(RegularizerKind.GLOBAL_ERROR, Method.RK4, LAMBDA).need()).isEqualTo(Regularizer.Need.NOTHING);
    }

    @Test
    void kineticSeedsItsProbesWithTheDataSeedAndIteration() {
        Regularizer kinetic = build(RegularizerKind.KINETIC_JACOBIAN, Method.DOPRI5, LAMBDA);
        assertThat(kinetic.need()).isEqualTo(Regularizer.Need.STEP_TAPE);
        FlowRegularity.Result flow = FlowRegularity.compute(model.field(), forward, 5L * 31 + 4);
        double[] expected = start();
        for (int i = 0; i < flow.parameterGradient().length; i++) {
            expected[i] += LAMBDA * flow.parameterGradient()[i];
        }
        double[] g = start();
        Regularizer.Contribution c = kinetic.contribute(input(Double.NaN, null, backprop(null),
                GradientMethod.ADJOINT), g);
        assertThat(c.value()).isEqualTo(LAMBDA * flow.value()).isPositive();
        assertThat(c.evaluations()).isEqualTo(flow.evaluations());
        assertThat(g).containsExactly(expected);
    }
}
