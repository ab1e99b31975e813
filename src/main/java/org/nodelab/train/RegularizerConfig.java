package org.nodelab.train;

/** The extra term in the loss, loss = task + λ·R. Live: a change applies at the next iteration. */
public record RegularizerConfig(RegularizerKind kind, double strength) {

    public static final RegularizerConfig NONE = new RegularizerConfig(RegularizerKind.NONE, 0);

    public RegularizerConfig {
        if (kind == null) {
            throw new IllegalArgumentException("model, dataset, solver, gradient method and regularizer are required");
        }
        if (!(strength >= 0) || !Double.isFinite(strength)) {
            throw new IllegalArgumentException("the regularization strength must be finite and not negative, not "
                    + strength);
        }
    }

    /** Whether the term is on: a kind other than none with λ > 0. */
    public boolean isOn(RegularizerKind k) {
        return kind == k && strength > 0;
    }
}
