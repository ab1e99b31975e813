package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.cli.bench.AdjointNormBenchmark;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The adjoint norms side by side on every sample model: backward NFE and gradient error. */
@Command(name = "adjoint", mixinStandardHelpOptions = true,
        description = "For every sample model: the backward NFE of the mixed, seminorm and flat adjoint norms at "
                + "the sample's tolerance, and each gradient's relative error against a 1e-10 reference.")
public final class BenchAdjointCommand implements Callable<Integer> {

    /** Enough points for a stable figure; every sample's test set has at least this many. */
    @Option(names = "--points", defaultValue = "200", description = "First N test points (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--sample", paramLabel = "ID", description = "Only this sample (default: all of them).")
    String only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (points < 1 || points > 100_000) {
            throw new IllegalArgumentException("--points must be 1..100000, not " + points);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%-22s %-7s %6s | %-22s | %-22s | %-22s | %8s%n", "sample", "solver", "NFE-F",
                "mixed NFE-B  grad err", "seminorm NFE-B  err", "flat NFE-B  err", "semi saves");
        List<Map<String, Object>> rows = new ArrayList<>();
        List<SampleModel> samples = only == null ? SampleCatalog.builtIn() : List.of(SampleCatalog.find(only));
        for (SampleModel sample : samples) {
            LoadedModel loaded = SampleCatalog.load(sample);
            try {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("sample", sample.id());
                row.putAll(AdjointNormBenchmark.measure(loaded, points));
                rows.add(row);
                print(err, sample.id(), row);
            } finally {
                loaded.model().close();
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("referenceTolerance", AdjointNormBenchmark.REFERENCE_TOLERANCE);
        out.put("samples", rows);
        JsonOutput.print(spec.commandLine().getOut(), out);
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter err, String id, Map<String, Object> row) {
        Map<String, Object> norms = (Map<String, Object>) row.get("norms");
        StringBuilder line = new StringBuilder(String.format("%-22s %-7s %6d", id, row.get("solver"),
                (Long) ((Map<String, Object>) norms.get("mixed")).get("nfeForward")));
        for (String norm : List.of("mixed", "seminorm", "flat")) {
            Map<String, Object> f = (Map<String, Object>) norms.get(norm);
            Object error = f.get("gradientError");
            line.append(String.format(" | %8d  %12s", (Long) f.get("nfeBackward"),
                    error == null ? "fixed steps" : String.format("%.2e", (Double) error)));
        }
        line.append(String.format(" | %7.0f%%", 100 * (Double) row.get("seminormSaving")));
        err.println(line);
        err.flush();
    }
}
