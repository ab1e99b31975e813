package org.nodelab.train;

import org.nodelab.ode.LocalStepError;

import java.util.EnumMap;
import java.util.Map;
import org.nodelab.ode.Method;

/**
 * The registry that builds the {@link Regularizer} of a {@link RegularizerKind}, and the one random stream its
 * draws come from. The stream lives as long as the trainer, across changes of kind, so a seeded run draws t_r
 * and step indices in the same order whatever is built from it.
 */
final class Regularizers {

    /** What a regularizer is built from: the run's λ, solver, tolerances and data seed. */
    record Settings(double strength, Method solver, double rtol, double atol, long dataSeed) {
    }

    @FunctionalInterface
    private interface Factory {
        Regularizer create(Settings settings, RandomStream random);
    }

    private static final Map<RegularizerKind, Factory> FACTORIES = new EnumMap<>(RegularizerKind.class);

    static {
        FACTORIES.put(RegularizerKind.NONE, (s, random) -> new NoRegularizer());
        FACTORIES.put(RegularizerKind.WEIGHT_DECAY, (s, random) -> new WeightDecayRegularizer(s.strength()));
        FACTORIES.put(RegularizerKind.LOCAL_ERROR,
                (s, random) -> new LocalErrorRegularizer(local(s), random, LocalStepError.Measure.ERROR));
        FACTORIES.put(RegularizerKind.LOCAL_ERROR_AT_STEPS,
                (s, random) -> new LocalErrorAtStepsRegularizer(local(s), random));
        FACTORIES.put(RegularizerKind.LOCAL_STIFFNESS,
                (s, random) -> new LocalErrorRegularizer(local(s), random, LocalStepError.Measure.STIFFNESS));
        // Fixed-step methods have no error estimates to sum, so there ERNODE adds nothing and needs no tape.
        FACTORIES.put(RegularizerKind.GLOBAL_ERROR, (s, random) -> s.solver().isAdaptive()
                ? new GlobalErrorRegularizer(s.strength(), s.rtol(), s.atol()) : new NoRegularizer());
        FACTORIES.put(RegularizerKind.KINETIC_JACOBIAN,
                (s, random) -> new KineticRegularizer(s.strength(), s.dataSeed()));
        for (RegularizerKind kind : RegularizerKind.values()) {
            if (!FACTORIES.containsKey(kind)) {
                throw new ExceptionInInitializerError("no regularizer for " + kind.id());
            }
        }
    }

    private final RandomStream random;

    Regularizers(long seed) {
        this.random = new RandomStream(seed);
    }

    /** The stream's whole state, which a saved session keeps so that a resumed run draws on as if never stopped. */
    long randomState() {
        return random.state();
    }

    void restoreRandomState(long state) {
        random.restore(state);
    }

    /** The regularizer of {@code kind} with these settings; at λ = 0 every kind is none (it draws nothing). */
    Regularizer create(RegularizerKind kind, Settings settings) {
        if (settings.strength() == 0) {
            return new NoRegularizer();
        }
        return FACTORIES.get(kind).create(settings, random);
    }

    private static LocalStepPenalty local(Settings s) {
        return new LocalStepPenalty(s.strength(), s.solver(), s.rtol(), s.atol());
    }
}
