package org.nodelab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nodelab.train.IterationMetrics;

/** One training iteration as a JSON line. */
final class IterationJson {

    private IterationJson() {
    }

    static Map<String, Object> of(IterationMetrics m) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("iteration", m.iteration());
        line.put("loss", JsonOutput.number(m.trainLoss()));
        line.put("accuracy", JsonOutput.number(m.trainAccuracy()));
        line.put("testLoss", JsonOutput.number(m.testLoss()));
        line.put("testAccuracy", JsonOutput.number(m.testAccuracy()));
        line.put("nfeForward", m.nfeForward());
        line.put("nfeBackward", m.nfeBackward());
        line.put("accepted", m.accepted());
        line.put("rejected", m.rejected());
        line.put("regularization", JsonOutput.number(m.regularization()));
        line.put("damping", JsonOutput.number(m.damping()));
        line.put("ms", m.millis());
        if (m.failed()) {
            line.put("fault", m.fault());
        }
        return line;
    }
}
