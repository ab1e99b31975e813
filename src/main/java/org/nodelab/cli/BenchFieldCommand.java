package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.cli.bench.FieldBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Time per NFE and per VJP of the network on one ND4J thread: fused kernel against op-by-op, side by side. */
@Command(name = "field", mixinStandardHelpOptions = true,
        description = "Time one NFE (forward) and one VJP of the MLP field at a batch size on one ND4J thread: "
                + "the fused kernel against the op-by-op one, interleaved, and the default demo's HBNODE field. "
                + "Medians with 10th and 90th percentiles, in microseconds.")
public final class BenchFieldCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--batch", defaultValue = "512", description = "Rows per call (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--widths", split = ",", defaultValue = "16,32", description = "MLP widths (default: ${DEFAULT-VALUE}).")
    List<Integer> widths;

    @Option(names = "--calls", defaultValue = "400", description = "Timed calls of each kind (default: ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the weights and states (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (batch < 1 || batch > 1_000_000) {
            throw new IllegalArgumentException("--batch must lie between 1 and 1000000");
        }
        if (calls < 1 || calls > 100_000) {
            throw new IllegalArgumentException("--calls must lie between 1 and 100000");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        err.printf("MLP 3-w-w-2 tanh float64, batch %d, one ND4J thread, %d calls; µs median [p10, p90]%n", batch, calls);
        err.printf("  %5s  %-13s %26s %26s %26s%n", "width", "kernel", "forward (1 NFE)", "VJP incl. forward",
                "VJP after forward");
        for (int w : FieldBenchmark.widths(widths)) {
            Map<String, Object> row = FieldBenchmark.kernels(w, batch, calls, seed);
            rows.add(row);
            for (String kernel : List.of("fused", "separate ops")) {
                err.printf("  %5d  %-13s %s %s %s%n", w, kernel, cell(row, kernel, "forwardMicros"),
                        cell(row, kernel, "vjpMicros"), cell(row, kernel, "vjpAfterForwardMicros"));
            }
            err.printf("  %5d  %-13s %26.2f %26.2f %26.2f%n", w, "speed-up", row.get("speedupForward"),
                    row.get("speedupVjp"), row.get("speedupVjpAfterForward"));
            err.flush();
        }
        out.put("kernels", rows);
        Map<String, Object> demo = FieldBenchmark.defaultDemoField(batch, calls);
        out.put("defaultDemoField", demo);
        err.printf("Default demo's field (%s, width %s): %s %s %s%n", demo.get("model"), demo.get("width"),
                cell(demo, null, "forwardMicros"), cell(demo, null, "vjpMicros"),
                cell(demo, null, "vjpAfterForwardMicros"));
        err.flush();
        JsonOutput.print(spec.commandLine().getOut(), out);
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static String cell(Map<String, Object> row, String kernel, String kind) {
        Map<String, Object> k = kernel == null ? row : (Map<String, Object>) row.get(kernel);
        Map<String, Object> s = (Map<String, Object>) k.get(kind);
        return String.format("%9.1f [%6.1f, %6.1f]", s.get("median"), s.get("p10"), s.get("p90"));
    }
}
