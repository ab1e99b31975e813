package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bytedeco.javacpp.Pointer;
import org.nodelab.cli.bench.TrainingBenchmark;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains the default demo for many iterations and samples resident and native memory, to show they plateau. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Train the default demo for N iterations, sampling resident memory (VmRSS) and JavaCPP's "
                + "physical bytes, to show that memory stays flat.")
public final class BenchMemoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--iters", defaultValue = "10000", description = "Iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--every", defaultValue = "500", description = "Sample every N iterations (default: ${DEFAULT-VALUE}).")
    int every;

    @Override
    public Integer call() throws IOException {
        if (iterations < 1 || every < 1) {
            throw new IllegalArgumentException("--iters and --every must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> samples = new ArrayList<>();
        long started = System.nanoTime();
        int faults = 0;
        err.printf("%10s %10s %14s %12s %10s%n", "iteration", "RSS MB", "native MB", "heap MB", "seconds");
        try (Trainer trainer = new Trainer(TrainingBenchmark.defaultDemo())) {
            for (int i = 1; i <= iterations; i++) {
                IterationMetrics m = trainer.step();
                if (m.failed()) {
                    faults++;
                }
                if (i % every == 0 || i == 1) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    Runtime rt = Runtime.getRuntime();
                    s.put("iteration", i);
                    s.put("rssMb", residentMegabytes());
                    s.put("nativeMb", Pointer.physicalBytes() / 1048576.0);
                    s.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
                    s.put("seconds", (System.nanoTime() - started) / 1e9);
                    s.put("testAccuracy", m.testAccuracy());
                    samples.add(s);
                    err.printf("%10d %10.1f %14.1f %12.1f %10.1f%n", i, s.get("rssMb"), s.get("nativeMb"),
                            s.get("heapUsedMb"), s.get("seconds"));
                    err.flush();
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iterations", iterations);
        out.put("faults", faults);
        out.put("samples", samples);
        double maxRss = samples.stream().mapToDouble(s -> (Double) s.get("rssMb")).max().orElse(Double.NaN);
        out.put("maxRssMb", maxRss);
        // Growth over the second half of the run: a plateau shows up as (close to) zero.
        List<Map<String, Object>> late = samples.subList(samples.size() / 2, samples.size());
        out.put("rssGrowthSecondHalfMb", (Double) late.get(late.size() - 1).get("rssMb") - (Double) late.get(0).get("rssMb"));
        JsonOutput.print(spec.commandLine().getOut(), out);
        return 0;
    }

    /** VmRSS from /proc/self/status (Linux); NaN elsewhere. */
    private static double residentMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
