package org.nodelab.model;

/**
 * Everything that fixes a model's shape and knobs. Shape (family, dimensions, width, depth, activation, augment)
 * restarts a run when changed; the knobs (damping, xi, gamma shift) can change live between iterations.
 *
 * @param inputDimension   features per input point
 * @param outputDimension  classes (logits) or regression targets
 * @param augment          extra zero dimensions appended to the input (ANODE; also usable by the others)
 * @param damping          γ of HBNODE and GHBNODE; the starting value when learned
 * @param learnDamping     learn γ = sigmoid(γ_raw) (HBNODE paper) instead of holding it fixed
 * @param xi               ξ ≥ 0 of GHBNODE
 * @param gammaShift       γ of the antisymmetric network, K = ½(W − Wᵀ − γI)
 * @param learnInitialVelocity  initial momentum/velocity from a learned linear map of the input, else zero
 */
public record ModelConfig(ModelFamily family, int inputDimension, int outputDimension, int width, int depth,
                          Activation activation, int augment, double damping, boolean learnDamping, double xi,
                          double gammaShift, boolean learnInitialVelocity, long seed) {

    public enum Activation { TANH, RELU, SOFTPLUS }

    public ModelConfig {
        if (family == null) {
            throw new IllegalArgumentException("a model family is required");
        }
        if (inputDimension < 1 || outputDimension < 1) {
            throw new IllegalArgumentException("input and output dimensions must be at least 1");
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
    }

    /** A sensible start: width 32, depth 2, tanh, γ = 0.5, ξ = 0.1, shift 0.1, zero initial velocity. */
    public static ModelConfig defaults(ModelFamily family, int inputDimension, int outputDimension) {
        return new ModelConfig(family, inputDimension, outputDimension, 32, 2, Activation.TANH,
                family == ModelFamily.ANODE ? 1 : 0, 0.5, false, 0.1, 0.1, false, 1L);
    }
}
