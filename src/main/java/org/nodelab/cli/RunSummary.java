package org.nodelab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nodelab.io.HistorySummary;
import org.nodelab.train.IterationMetrics;

/** Running totals over a training run, for the summary line and the saved model. */
final class RunSummary {

    private int iterations;
    private long nfeForward;
    private long nfeBackward;
    private double millis;
    private IterationMetrics last;

    void add(IterationMetrics m) {
        iterations++;
        nfeForward += m.nfeForward();
        nfeBackward += m.nfeBackward();
        millis += m.millis();
        last = m;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iterations", iterations);
        m.put("finalLoss", last == null ? null : JsonOutput.number(last.trainLoss()));
        m.put("finalAccuracy", last == null ? null : JsonOutput.number(last.trainAccuracy()));
        m.put("finalTestAccuracy", last == null ? null : JsonOutput.number(last.testAccuracy()));
        m.put("meanNfeForward", iterations == 0 ? null : (double) nfeForward / iterations);
        m.put("meanNfeBackward", iterations == 0 ? null : (double) nfeBackward / iterations);
        m.put("iterationsPerSecond", millis == 0 ? null : iterations / (millis / 1000));
        return m;
    }

    HistorySummary toHistorySummary() {
        return new HistorySummary(iterations, last == null ? Double.NaN : last.trainLoss(),
                last == null ? Double.NaN : last.testLoss(), last == null ? Double.NaN : last.trainAccuracy(),
                last == null ? Double.NaN : last.testAccuracy(), iterations == 0 ? 0 : (double) nfeForward / iterations,
                iterations == 0 ? 0 : (double) nfeBackward / iterations);
    }
}
