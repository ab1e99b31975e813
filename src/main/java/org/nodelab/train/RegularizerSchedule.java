package org.nodelab.train;

/**
 * How λ changes over a run: held constant, or decayed exponentially from the configured strength to a final
 * strength over a number of iterations and held there after. Pal et al. (2023) train with such a decaying λ: a
 * strong pull toward cheap dynamics early, while the task loss is still large, and little bias at the end.
 *
 * @param finalStrength    λ after the decay (ignored when constant)
 * @param decayIterations  iterations the decay takes; 0 holds λ constant
 */
public record RegularizerSchedule(double finalStrength, int decayIterations) {

    public static final RegularizerSchedule CONSTANT = new RegularizerSchedule(0, 0);

    /** A decay longer than any run the command line allows is a typo, not a schedule. */
    public static final int MAX_DECAY_ITERATIONS = 10_000_000;

    public RegularizerSchedule {
        if (!(finalStrength >= 0) || !Double.isFinite(finalStrength)) {
            throw new IllegalArgumentException("the final regularization strength must be finite and not negative, "
                    + "not " + finalStrength);
        }
        if (decayIterations < 0 || decayIterations > MAX_DECAY_ITERATIONS) {
            throw new IllegalArgumentException("the decay must take 0.." + MAX_DECAY_ITERATIONS + " iterations, not "
                    + decayIterations);
        }
    }

    /** λ decaying from the start strength to {@code finalStrength} over {@code iterations} iterations. */
    public static RegularizerSchedule exponentialDecay(double finalStrength, int iterations) {
        return new RegularizerSchedule(finalStrength, iterations);
    }

    public boolean isConstant() {
        return decayIterations == 0;
    }

    /**
     * λ at an iteration (1 is the first): λ₀ · (λ_end / λ₀)^((i − 1) / (n − 1)), λ_end from iteration n on.
     * A final strength of 0 cannot be reached geometrically, so the decay then ends at λ₀·10⁻³ and drops to 0
     * after the last decay iteration.
     */
    public double strengthAt(double start, int iteration) {
        if (isConstant() || start == 0) {
            return start;
        }
        if (iteration >= decayIterations) {
            return finalStrength;
        }
        double end = finalStrength > 0 ? finalStrength : start * 1e-3;
        double progress = decayIterations <= 1 ? 1 : Math.max(0, iteration - 1) / (double) (decayIterations - 1);
        return start * Math.pow(end / start, progress);
    }
}
