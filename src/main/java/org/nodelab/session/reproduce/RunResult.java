package org.nodelab.session.reproduce;

import java.util.List;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;

/**
 * What one planned run produced: its trainer, still open, with the trained model and optimizer state (so
 * that it can be saved or analysed), every iteration's metrics in order, and what the run cost. The owner
 * closes it, which frees the model's native buffers.
 *
 * @param metrics    the good iterations, in order (a failed one ends the run and is not among them)
 * @param fault      null, or why the run stopped early (a solver fault, the time bound)
 * @param cpuMillis  CPU time of the run's thread, or NaN where the JVM does not measure it
 * @param wallMillis wall time from the run's start to its end
 */
public record RunResult(PlannedRun run, Trainer trainer, List<IterationMetrics> metrics, String fault,
                        double cpuMillis, double wallMillis) implements AutoCloseable {

    public RunResult {
        metrics = List.copyOf(metrics);
    }

    public boolean completed() {
        return fault == null && metrics.size() == run.iterations();
    }

    /** The last good iteration's metrics, or null when none went through. */
    public IterationMetrics last() {
        return metrics.isEmpty() ? null : metrics.get(metrics.size() - 1);
    }

    @Override
    public void close() {
        if (trainer != null) {
            trainer.close();
        }
    }
}
