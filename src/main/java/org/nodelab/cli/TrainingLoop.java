package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.List;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;

/** The headless loop train and run share: one JSON line per iteration, to the output and the log. */
final class TrainingLoop {

    private TrainingLoop() {
    }

    /**
     * Steps {@code trainer} {@code iterations} times or until an iteration fails.
     *
     * @param summary  gets every good iteration
     * @param history  gets every iteration, the failed one too (a session's history keeps it)
     * @return the failed iteration, or null when all went through
     */
    static IterationMetrics run(Trainer trainer, int iterations, PrintWriter out, IterationLog log,
                                RunSummary summary, List<IterationMetrics> history) {
        for (int i = 0; i < iterations; i++) {
            IterationMetrics m = trainer.step();
            String json = JsonOutput.toJson(IterationJson.of(m));
            out.println(json);
            out.flush();
            log.write(json);
            history.add(m);
            if (m.failed()) {
                return m;
            }
            summary.add(m);
        }
        return null;
    }
}
