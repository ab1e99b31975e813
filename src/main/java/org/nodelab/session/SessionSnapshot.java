package org.nodelab.session;

import org.nodelab.train.IterationMetrics;
import org.nodelab.train.TrainingConfig;

/**
 * Everything a view needs, immutable, published after every iteration and every control action.
 *
 * @param latest    the last iteration's figures, or null before the first
 * @param problem   the last fault in plain words (with what to try), or null
 * @param analysis  the latest analysis (trajectories, spectra, Lyapunov), or null until one has run
 */
public record SessionSnapshot(long version, RunState state, TrainingConfig config, IterationMetrics latest,
                              TrainingHistory.View history, String problem, double iterationsPerSecond,
                              double elapsedSeconds, AnalysisSnapshot analysis) {
}
