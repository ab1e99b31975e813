package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.cli.bench.TrainingBenchmark;
import org.nodelab.model.family.ModelFamilies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reproduces the papers' NFE comparisons and measures the default demo's speed, side by side in one run. */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "HBNODE against NODE, ANODE, SONODE and GHBNODE at an equal parameter budget (NFE per "
                + "iteration, test accuracy), local regularization against none, and the default demo's it/s.")
public final class BenchTrainingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--iters", defaultValue = "60", description = "Iterations per run (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--budget", defaultValue = "1300", description = "Parameter budget per model (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--datasets", split = ",", defaultValue = "spheres,spirals", description = "Datasets (default: ${DEFAULT-VALUE}).")
    List<String> datasets;

    @Option(names = "--tolerances", split = ",", defaultValue = "1e-3,1e-5", description = "rtol = atol values (default: ${DEFAULT-VALUE}).")
    List<Double> tolerances;

    @Option(names = "--lambda", defaultValue = "0.1", description = "λ for the local regularization run (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--skip-paper", description = "Only the demo speed and the regularization comparison.")
    boolean skipPaper;

    @Override
    public Integer call() {
        if (iterations < 1) {
            throw new IllegalArgumentException("--iters must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> demo = TrainingBenchmark.run(TrainingBenchmark.defaultDemo(), iterations);
        out.put("defaultDemo", demo);
        err.printf("Default demo (HBNODE, spirals 512, width 32, dopri5 1e-3, adjoint): %.1f it/s with test "
                        + "evaluation, %.1f it/s training alone; %.0f%% of training time inside the network%n%n",
                demo.get("iterationsPerSecond"), demo.get("trainingIterationsPerSecond"),
                100 * (Double) demo.get("fieldShare"));
        if (!skipPaper) {
            out.put("paper", paper(err));
        }
        List<Map<String, Object>> reg = TrainingBenchmark.localRegularization(ModelFamilies.fromId("node"), "spirals",
                lambda, iterations, seed);
        out.put("localRegularization", reg);
        err.println("Local regularization (NODE, spirals, dopri5 1e-3): λ = 0 against λ = " + lambda);
        table(err, reg);
        Object before = reg.get(0).get("nfeForward");
        Object after = reg.get(1).get("nfeForward");
        if (before instanceof Double b && after instanceof Double a) {
            err.printf("  forward NFE ratio (λ > 0 / λ = 0): %.3f (published: 0.556-0.733)%n", a / b);
            out.put("localRegularizationNfeRatio", a / b);
        }
        err.flush();
        JsonOutput.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private List<Map<String, Object>> paper(PrintWriter err) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (String dataset : datasets) {
            for (double tol : tolerances) {
                List<Map<String, Object>> rows = TrainingBenchmark.paperComparison(dataset, tol, iterations, budget, seed);
                err.printf("%s, dopri5 rtol = atol = %s, adjoint, %d iterations, budget %d parameters%n", dataset,
                        tol, iterations, budget);
                table(err, rows);
                all.addAll(rows);
            }
        }
        return all;
    }

    private static void table(PrintWriter err, List<Map<String, Object>> rows) {
        err.printf("  %-9s %6s %6s %9s %9s %9s %8s%n", "model", "width", "params", "NFE-F/it", "NFE-B/it", "test acc",
                "it/s");
        for (Map<String, Object> r : rows) {
            err.printf("  %-9s %6s %6s %9s %9s %9s %8s%s%n", r.get("model"), r.get("width"), r.get("parameters"),
                    fmt(r.get("nfeForward"), "%.1f"), fmt(r.get("nfeBackward"), "%.1f"),
                    fmt(r.get("testAccuracy"), "%.3f"), fmt(r.get("iterationsPerSecond"), "%.1f"),
                    r.containsKey("fault") ? "  stopped: " + r.get("fault") : "");
        }
        err.println();
        err.flush();
    }

    private static String fmt(Object value, String format) {
        return value instanceof Number n ? String.format(format, n.doubleValue()) : "-";
    }
}
