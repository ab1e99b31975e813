package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.cli.bench.TrainingBenchmark;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.MemorySample;
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
    public Integer call() {
        if (iterations < 1 || every < 1) {
            throw new IllegalArgumentException("--iters and --every must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> samples = new ArrayList<>();
        long started = System.nanoTime();
        int faults = 0;
        err.printf("%10s %8s %10s %10s %10s %10s %8s%n", "iteration", "RSS MB", "javacpp MB", "heap used",
                "heap comm.", "test acc.", "seconds");
        try (Trainer trainer = new Trainer(TrainingBenchmark.defaultDemo())) {
            for (int i = 1; i <= iterations; i++) {
                IterationMetrics m = trainer.step();
                if (m.failed()) {
                    faults++;
                }
                if (i % every == 0 || i == 1) {
                    MemorySample now = MemorySample.now((System.nanoTime() - started) / 1e9, i);
                    Map<String, Object> s = now.toMap();
                    // nativeMb is JavaCPP's physicalBytes, the resident size read another way; kept for scripts.
                    s.put("nativeMb", s.get("physicalMb"));
                    s.put("testAccuracy", m.testAccuracy());
                    samples.add(s);
                    err.printf("%10d %8.1f %10.1f %10.1f %10.1f %10.3f %8.1f%n", i, now.rssMb(), now.javacppMb(),
                            now.heapUsedMb(), now.heapCommittedMb(), m.testAccuracy(), now.seconds());
                    err.flush();
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iterations", iterations);
        out.put("faults", faults);
        out.put("samples", samples);
        double maxRss = samples.stream().mapToDouble(s -> rss(s)).max().orElse(Double.NaN);
        out.put("maxRssMb", JsonOutput.number(maxRss));
        // Growth over the second half of the run: a plateau shows up as (close to) zero.
        List<Map<String, Object>> late = samples.subList(samples.size() / 2, samples.size());
        out.put("rssGrowthSecondHalfMb", JsonOutput.number(rss(late.get(late.size() - 1)) - rss(late.get(0))));
        JsonOutput.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private static double rss(Map<String, Object> sample) {
        Object v = sample.get("rssMb");
        return v instanceof Double ? (Double) v : Double.NaN;
    }
}
