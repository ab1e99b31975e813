package org.nodelab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.cli.bench.SolverBenchmark;
import org.nodelab.dynamics.LyapunovOptions;
import org.nodelab.dynamics.LyapunovResult;
import org.nodelab.dynamics.LyapunovSpectrum;
import org.nodelab.systems.BuiltInSystems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Our dopri5 against Hipparchus's DormandPrince54 on Lorenz, and the solver's own share of a batched solve. */
@Command(name = "solvers", mixinStandardHelpOptions = true,
        description = "Compare our dopri5 with Hipparchus's DormandPrince54 on Lorenz (time per step at rtol 1e-9, "
                + "NFE needed for equal error), and measure the solver's own share of a batch 256 x 64 solve.")
public final class BenchSolversCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--repeats", defaultValue = "7", description = "Timed repetitions, after as many warm-ups (median reported).")
    int repeats;

    @Option(names = "--span", defaultValue = "20", description = "Lorenz time span for the time-per-step comparison.")
    double span;

    @Override
    public Integer call() {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1");
        }
        var lorenz = BuiltInSystems.get("lorenz");
        Map<String, Object> result = new SolverBenchmark(lorenz.createField(), new double[] {1, 1, 1}, repeats)
                .run(span, 2.0, 256, 64);
        result.put("lyapunovLorenz", lyapunovTiming(lorenz.createField()));
        printTable(spec.commandLine().getErr(), result);
        JsonOutput.print(spec.commandLine().getOut(), result);
        return 0;
    }

    /** The Lorenz spectrum over T = 1000 (after a transient of 100), timed once in this warmed JVM. */
    private static Map<String, Object> lyapunovTiming(org.nodelab.ode.VectorField lorenz) {
        LyapunovOptions options = LyapunovOptions.defaults().withTransientTime(100).withAveragingTime(1000);
        long start = System.nanoTime();
        LyapunovResult r = LyapunovSpectrum.compute(lorenz, new double[] {1, 1, 1}, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("averagingTime", 1000.0);
        m.put("transient", 100.0);
        m.put("rtol", options.solver().rtol());
        m.put("renormInterval", options.renormalizationInterval());
        m.put("exponents", r.exponents());
        m.put("sum", r.sum());
        m.put("nfe", r.functionEvaluations());
        m.put("seconds", seconds);
        m.put("result", r.result().name());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintWriter err, Map<String, Object> r) {
        Map<String, Object> step = (Map<String, Object>) r.get("timePerStep");
        err.printf("Lorenz, rtol = atol = 1e-9, t in [0, %s], warmed JVM, median of runs%n", step.get("problemSpan"));
        err.printf("  %-22s %10s %10s %14s%n", "solver", "steps", "NFE", "us per step");
        err.printf("  %-22s %10s %10s %14.3f%n", "ours dopri5", step.get("oursSteps"), step.get("oursNfe"),
                step.get("oursMicrosPerStep"));
        err.printf("  %-22s %10s %10s %14.3f%n", "Hipparchus DP54", step.get("hipparchusSteps"),
                step.get("hipparchusNfe"), step.get("hipparchusMicrosPerStep"));
        err.printf("  time per step, ours / Hipparchus: %.3f%n%n", step.get("ratioTimePerStep"));
        err.println("NFE to reach the same error at t = 2 (log-log interpolation of the work-precision curves)");
        err.printf("  %-10s %10s %12s %8s%n", "error", "ours", "Hipparchus", "ratio");
        for (Map<String, Object> row : (List<Map<String, Object>>) r.get("nfeAtEqualError")) {
            err.printf("  %-10.0e %10s %12s %8s%n", row.get("error"), row.get("oursNfe"), row.get("hipparchusNfe"),
                    row.get("ratio") == null ? "-" : String.format("%.3f", row.get("ratio")));
        }
        Map<String, Object> batch = (Map<String, Object>) r.get("batchSolverShare");
        err.printf("%nBatch %s x %s, tanh layer field, dopri5 at 1e-6: solve %.2f ms, field %.2f ms, solver share %.1f%%%n",
                batch.get("batch"), batch.get("dimension"), batch.get("solveMillis"), batch.get("fieldMillis"),
                100 * (Double) batch.get("solverShare"));
        Map<String, Object> ly = (Map<String, Object>) r.get("lyapunovLorenz");
        err.printf("Lorenz Lyapunov spectrum, T = 1000 after a transient of 100, rtol 1e-8: %s in %.2f s (%s NFE)%n",
                java.util.Arrays.toString((double[]) ly.get("exponents")), ly.get("seconds"), ly.get("nfe"));
        err.flush();
    }
}
