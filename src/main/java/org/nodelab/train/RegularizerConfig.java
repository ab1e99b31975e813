package org.nodelab.train;

/**
 * The extra term in the loss, loss = task + λ·R. Live: a change applies at the next iteration.
 *
 * @param strength  λ, or λ at the first iteration when the schedule decays it
 * @param schedule  how λ changes over the run (constant unless asked)
 */
public record RegularizerConfig(RegularizerKind kind, double strength, RegularizerSchedule schedule) {

    public static final RegularizerConfig NONE = new RegularizerConfig(RegularizerKind.NONE, 0);

    /** A constant λ. */
    public RegularizerConfig(RegularizerKind kind, double strength) {
        this(kind, strength, RegularizerSchedule.CONSTANT);
    }

    public RegularizerConfig {
        if (schedule == null) {
            schedule = RegularizerSchedule.CONSTANT;
        }
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

    /** The same term with λ following this schedule. */
    public RegularizerConfig withSchedule(RegularizerSchedule s) {
        return new RegularizerConfig(kind, strength, s);
    }

    /** λ at an iteration (1 is the first), as the schedule sets it. */
    public double strengthAt(int iteration) {
        return schedule.strengthAt(strength, iteration);
    }
}
