package org.nodelab.model;

/**
 * Everything that fixes a model's shape and knobs. Shape (family, dimensions and every {@link ModelSetting})
 * restarts a run when changed; the {@link Knob}s (damping, xi, gamma shift) can change live between iterations.
 * Build one with {@link #defaults} and change it with the {@code with} methods, which name what they change.
 *
 * @param inputDimension   features per input point
 * @param outputDimension  classes (logits) or regression targets
 * @param augment          extra zero dimensions appended to the input (see {@link ModelFamily#defaultAugment})
 * @param damping          γ of the heavy-ball families; the starting value when learned
 * @param learnDamping     learn γ = sigmoid(γ_raw) (HBNODE paper) instead of holding it fixed
 * @param xi               ξ ≥ 0 of the generalized heavy ball
 * @param gammaShift       γ of the antisymmetric network, K = ½(W − Wᵀ − γI)
 * @param learnInitialVelocity  initial momentum/velocity from a learned linear map of the input, else zero
 */
public record ModelConfig(ModelFamily family, int inputDimension, int outputDimension, int width, int depth,
                          Activation activation, int augment, double damping, boolean learnDamping, double xi,
                          double gammaShift, boolean learnInitialVelocity, long seed) {

    public enum Activation { TANH, RELU, SOFTPLUS }

    /**
     * The most parameters a model may have. It is what the lab can train in double precision on a desktop, and
     * it is what keeps every model the lab can build savable: {@code org.nodelab.io.ModelFiles} accepts files up
     * to this many numbers at their longest JSON spelling, so anything trained can be loaded again.
     */
    public static final long MAX_PARAMETERS = 4_000_000;
    /** Features or outputs per point: far beyond any tabular set the lab imports, well inside int arithmetic. */
    public static final int MAX_DIMENSION = 100_000;

    public ModelConfig {
        if (family == null) {
            throw new IllegalArgumentException("a model family is required");
        }
        if (inputDimension < 1 || outputDimension < 1 || inputDimension > MAX_DIMENSION
                || outputDimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("input and output dimensions must be 1.." + MAX_DIMENSION + " (got "
                    + inputDimension + ", " + outputDimension + ")");
        }
        if (width < 1 || width > 4096 || depth < 1 || depth > 16) {
            throw new IllegalArgumentException("width must be 1..4096 and depth 1..16 (got " + width + ", " + depth + ")");
        }
        if (augment < 0 || augment > 1024) {
            throw new IllegalArgumentException("augment must be 0..1024, not " + augment);
        }
        if (!(damping >= 0) || !Double.isFinite(damping) || (learnDamping && !(damping > 0 && damping < 1))) {
            throw new IllegalArgumentException("damping must be finite and ≥ 0 (strictly between 0 and 1 when learned, "
                    + "since γ = sigmoid(γ_raw)); got " + damping);
        }
        if (!(xi >= 0) || !Double.isFinite(xi)) {
            throw new IllegalArgumentException("xi must be finite and ≥ 0, not " + xi);
        }
        if (!Double.isFinite(gammaShift)) {
            throw new IllegalArgumentException("the gamma shift must be finite, not " + gammaShift);
        }
        if (activation == null) {
            activation = Activation.TANH;
        }
        long size = parameterBound(inputDimension, outputDimension, width, depth, augment);
        if (size > MAX_PARAMETERS) {
            // Checked here, before any family allocates a thing: a file declaring width 4096 and depth 16 once
            // allocated 6 GB before it was refused.
            throw new IllegalArgumentException("a model of width " + width + ", depth " + depth + " on " + inputDimension
                    + " inputs has about " + size + " parameters; at most " + MAX_PARAMETERS + " are allowed");
        }
    }

    /**
     * An upper bound on the parameters of any family at these sizes, in long arithmetic: the largest field (an
     * MLP on [x, v, t] of the state's width, or a d × d matrix), the input map and the readout.
     */
    static long parameterBound(int inputs, int outputs, int width, int depth, int augment) {
        long d = (long) inputs + augment;
        long w = width;
        long mlp = (2 * d + 2) * w + (depth - 1L) * (w * w + w) + w * d + d + 1;
        long matrix = d * d + d;
        long inputMap = inputs * d + d;
        long readout = d * outputs + outputs;
        return Math.max(mlp, matrix) + inputMap + readout;
    }

    /** A sensible start: width 32, depth 2, tanh, γ = 0.5, ξ = 0.1, shift 0.1, zero initial velocity, seed 1. */
    public static ModelConfig defaults(ModelFamily family, int inputDimension, int outputDimension) {
        return new ModelConfig(family, inputDimension, outputDimension, 32, 2, Activation.TANH,
                family.defaultAugment(), 0.5, false, 0.1, 0.1, false, 1L);
    }

    /**
     * Another family, keeping the other settings; the augment becomes the new family's default, or stays where
     * it was if that is more than a family that augments asks for.
     */
    public ModelConfig withFamily(ModelFamily f) {
        if (f == family) {
            return this;
        }
        int a = f.defaultAugment() > 0 ? Math.max(f.defaultAugment(), augment) : f.defaultAugment();
        return new ModelConfig(f, inputDimension, outputDimension, width, depth, activation, a, damping,
                learnDamping, xi, gammaShift, learnInitialVelocity, seed);
    }

    /** The input and output dimensions, which follow from the dataset. */
    public ModelConfig withDimensions(int inputs, int outputs) {
        return new ModelConfig(family, inputs, outputs, width, depth, activation, augment, damping, learnDamping, xi,
                gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withWidth(int w) {
        return new ModelConfig(family, inputDimension, outputDimension, w, depth, activation, augment, damping,
                learnDamping, xi, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withDepth(int n) {
        return new ModelConfig(family, inputDimension, outputDimension, width, n, activation, augment, damping,
                learnDamping, xi, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withActivation(Activation a) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, a, augment, damping,
                learnDamping, xi, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withAugment(int n) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, n, damping,
                learnDamping, xi, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withDamping(double gamma) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, augment, gamma,
                learnDamping, xi, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withLearnDamping(boolean learn) {
        return withDamping(damping, learn);
    }

    /** γ and whether it is learned, together, since a learned γ must lie strictly inside (0, 1). */
    public ModelConfig withDamping(double gamma, boolean learn) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, augment, gamma,
                learn, xi, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withXi(double value) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, augment, damping,
                learnDamping, value, gammaShift, learnInitialVelocity, seed);
    }

    public ModelConfig withGammaShift(double value) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, augment, damping,
                learnDamping, xi, value, learnInitialVelocity, seed);
    }

    public ModelConfig withLearnInitialVelocity(boolean learn) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, augment, damping,
                learnDamping, xi, gammaShift, learn, seed);
    }

    public ModelConfig withSeed(long s) {
        return new ModelConfig(family, inputDimension, outputDimension, width, depth, activation, augment, damping,
                learnDamping, xi, gammaShift, learnInitialVelocity, s);
    }

    /** The value of a knob as this config sets it. */
    public double knob(Knob knob) {
        return switch (knob) {
            case DAMPING -> damping;
            case XI -> xi;
            case GAMMA_SHIFT -> gammaShift;
        };
    }

    /** This config with one knob changed. */
    public ModelConfig withKnob(Knob knob, double value) {
        return switch (knob) {
            case DAMPING -> withDamping(value);
            case XI -> withXi(value);
            case GAMMA_SHIFT -> withGammaShift(value);
        };
    }

    /** The value of a setting, boxed, so that two configs can be compared setting by setting. */
    public Object setting(ModelSetting setting) {
        return switch (setting) {
            case WIDTH -> width;
            case DEPTH -> depth;
            case ACTIVATION -> activation;
            case AUGMENT -> augment;
            case LEARN_DAMPING -> learnDamping;
            case LEARN_INITIAL_VELOCITY -> learnInitialVelocity;
            case SEED -> seed;
        };
    }
}
