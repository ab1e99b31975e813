package org.nodelab.session.reproduce;

import java.util.List;

/**
 * What a user may change about a reproduction.
 *
 * @param seeds      the seeds to run each configuration with; null or empty means the experiment's default
 * @param iterations iterations per run; null means the experiment's default
 */
public record ReproductionOptions(List<Integer> seeds, Integer iterations) {

    public static final ReproductionOptions DEFAULTS = new ReproductionOptions(null, null);

    public ReproductionOptions {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        if (iterations != null && iterations < 1) {
            throw new IllegalArgumentException("a reproduction needs at least one iteration per run, not " + iterations);
        }
    }
}
