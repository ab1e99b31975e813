package org.nodelab.session;

import org.nodelab.train.IterationMetrics;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;

/**
 * Everything a view needs, immutable, published after every iteration and every control action.
 *
 * @param latest    the last iteration's figures, or null before the first
 * @param iterationsPerSecond  the current rate, over the last few seconds of training (see RecentRate)
 * @param problem   the last fault in plain words (with what to try), or null
 * @param analysis  the latest analysis (trajectories, spectra, Lyapunov), or null until one has run
 * @param data      the dataset being trained on, or null while loading
 * @param notice    an informational line (where the experiment came from), or null
 */
public record SessionSnapshot(long version, RunState state, TrainingConfig config, IterationMetrics latest,
                              TrainingHistory.View history, String problem, double iterationsPerSecond,
                              double elapsedSeconds, AnalysisSnapshot analysis,
                              Dataset data, String notice) {
}
