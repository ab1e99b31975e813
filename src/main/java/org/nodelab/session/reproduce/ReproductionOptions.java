package org.nodelab.session.reproduce;

import java.util.List;

/**
 * What a user may change about a reproduction.
 *
 * @param seeds      the seeds to run each configuration with; null or empty means the experiment's default
 * @param iterations iterations per run; null means the experiment's default
 * @param points     dataset size (train plus test); null means the experiment's default. Tests use a tiny one.
 */
public record ReproductionOptions(List<Integer> seeds, Integer iterations, Integer points) {

    public static final ReproductionOptions DEFAULTS = new ReproductionOptions(null, null);

    /** A bound on iterations per run: far past convergence for every experiment here. */
    public static final int MAX_ITERATIONS = 20_000;
    /** A bound on seeds per configuration. */
    public static final int MAX_SEEDS = 10;

    public ReproductionOptions(List<Integer> seeds, Integer iterations) {
        this(seeds, iterations, null);
    }

    public ReproductionOptions {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        if (iterations != null && (iterations < 1 || iterations > MAX_ITERATIONS)) {
            throw new IllegalArgumentException("a reproduction trains 1.." + MAX_ITERATIONS
                    + " iterations per run, not " + iterations);
        }
        if (seeds.size() > MAX_SEEDS) {
            throw new IllegalArgumentException("at most " + MAX_SEEDS + " seeds per configuration, not " + seeds.size());
        }
        if (seeds.stream().distinct().count() != seeds.size()) {
            throw new IllegalArgumentException("each seed once: " + seeds);
        }
        if (points != null && (points < 16 || points > 100_000)) {
            throw new IllegalArgumentException("a reproduction's dataset has 16..100000 points, not " + points);
        }
    }

    /** The seeds to run, or the experiment's defaults. */
    public List<Integer> seedsOr(List<Integer> defaults) {
        return seeds.isEmpty() ? defaults : seeds;
    }

    public int iterationsOr(int defaultIterations) {
        return iterations == null ? defaultIterations : iterations;
    }

    public int pointsOr(int defaultPoints) {
        return points == null ? defaultPoints : points;
    }

    public ReproductionOptions withPoints(int n) {
        return new ReproductionOptions(seeds, iterations, n);
    }
}
