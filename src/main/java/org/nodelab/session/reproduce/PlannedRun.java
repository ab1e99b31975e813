package org.nodelab.session.reproduce;

import org.nodelab.train.TrainingConfig;

/**
 * One training run of a reproduction.
 *
 * @param name       what tables and legends call it, e.g. {@code "HBNODE, T = 3, seed 2"}
 * @param group      runs of one configuration over several seeds share a group (e.g. {@code "HBNODE, T = 3"})
 * @param config     the whole configuration, seed included
 * @param iterations how many iterations it trains for
 */
public record PlannedRun(String name, String group, TrainingConfig config, int iterations) {

    public PlannedRun {
        if (name == null || group == null || config == null || iterations < 1) {
            throw new IllegalArgumentException("a planned run needs a name, a group, a configuration and at least "
                    + "one iteration");
        }
    }
}
