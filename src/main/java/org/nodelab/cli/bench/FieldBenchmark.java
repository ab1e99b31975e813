package org.nodelab.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nodelab.model.FieldTiming;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;

/**
 * Time per NFE and per VJP of the network: the fused MLP kernel against the op-by-op one, interleaved in one
 * run at each width, and the default demo's own field (HBNODE), all on one ND4J thread. The MLP is the one a
 * two-dimensional NODE uses, 3 → width → width → 2 with tanh, which src/test/python/time_per_nfe.py times in
 * PyTorch for the side-by-side comparison.
 */
public final class FieldBenchmark {

    /** The default demo's state: HBNODE on two spirals has h and m of dimension 2. */
    static final int DIMENSION = 2;
    static final int DEPTH = 2;

    private FieldBenchmark() {
    }

    /** The fused and op-by-op kernels at one width, interleaved: their figures and ratios (op-by-op / fused). */
    public static Map<String, Object> kernels(int width, int batch, int calls, long seed) {
        try (MlpKernelField fused = MlpKernelField.fused(DIMENSION, width, DEPTH, seed);
             MlpKernelField separate = MlpKernelField.separateOps(DIMENSION, width, DEPTH, seed)) {
            List<FieldTiming.Result> r = FieldTiming.measure(List.of(fused, separate), batch, calls, seed);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("width", width);
            row.put("batch", batch);
            row.put("calls", calls);
            row.put("network", (DIMENSION + 1) + "-" + width + "-" + width + "-" + DIMENSION + " tanh, float64");
            row.put(fused.name(), toMap(r.get(0)));
            row.put(separate.name(), toMap(r.get(1)));
            row.put("speedupForward", r.get(1).forward().median() / r.get(0).forward().median());
            row.put("speedupVjp", r.get(1).vjp().median() / r.get(0).vjp().median());
            row.put("speedupVjpAfterForward",
                    r.get(1).vjpAfterForward().median() / r.get(0).vjpAfterForward().median());
            return row;
        }
    }

    /** The default demo's model field (HBNODE, width 32) at this batch size. */
    public static Map<String, Object> defaultDemoField(int batch, int calls) {
        NeuralOdeModel model = NeuralOdeModels.create(TrainingBenchmark.defaultDemo().model());
        try {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", model.family().id());
            row.put("width", model.config().width());
            row.put("stateDimension", model.stateDimension());
            row.putAll(toMap(FieldTiming.measure(model, batch, calls)));
            return row;
        } finally {
            model.close();
        }
    }

    static Map<String, Object> toMap(FieldTiming.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("forwardMicros", stats(r.forward()));
        m.put("vjpMicros", stats(r.vjp()));
        m.put("vjpAfterForwardMicros", stats(r.vjpAfterForward()));
        return m;
    }

    private static Map<String, Object> stats(FieldTiming.Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", s.median());
        m.put("p10", s.p10());
        m.put("p90", s.p90());
        m.put("min", s.min());
        m.put("max", s.max());
        return m;
    }

    /** The widths to time, each once: a list for the command's default. */
    public static List<Integer> widths(List<Integer> requested) {
        List<Integer> out = new ArrayList<>();
        for (int w : requested) {
            if (w < 1 || w > 4096) {
                throw new IllegalArgumentException("--widths must lie between 1 and 4096, not " + w);
            }
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
