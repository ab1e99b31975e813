package org.nodelab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.dynamics.LyapunovOptions;
import org.nodelab.dynamics.LyapunovResult;
import org.nodelab.dynamics.LyapunovSpectrum;
import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;
import org.nodelab.systems.ResolvedSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The Lyapunov spectrum by the Benettin/QR method on the variational equations. */
@Command(name = "lyapunov", mixinStandardHelpOptions = true,
        description = {"Compute Lyapunov exponents (Benettin/QR on the variational equations) and the Kaplan-Yorke dimension.",
                "Solver defaults: dopri5, rtol 1e-8, atol 1e-10, at most 10000000 steps."},
        footer = {"", "Exit codes: 0 success, 2 bad arguments or input, 3 the integration stopped early (see \"result\")."})
public final class LyapunovCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SystemSelection selection;

    @Option(names = "--y0", paramLabel = "A,B,...", split = ",",
            description = "Initial state (default: the system's own).")
    double[] y0;

    @Option(names = "--time", required = true, paramLabel = "T", description = "Averaging time, after the transient.")
    double time;

    @Option(names = "--transient", defaultValue = "0", paramLabel = "T0",
            description = "Time to integrate first, so the state settles on its attractor (default: ${DEFAULT-VALUE}).")
    double transientTime;

    @Option(names = "--renorm-interval", defaultValue = "0.5", paramLabel = "DT",
            description = "Time between QR re-orthonormalizations (default: ${DEFAULT-VALUE}).")
    double renormInterval;

    @Option(names = "--count", defaultValue = "0", paramLabel = "K",
            description = "How many leading exponents; 0 means all (default: ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    SolverSelection solver;

    /** The solver when no option changes it: tighter than solve's, since exponents average many steps. */
    private static final SolverOptions DEFAULTS = SolverOptions.of(Method.DOPRI5).withTolerances(1e-8, 1e-10)
            .withMaxSteps(10_000_000);

    @Override
    public Integer call() {
        ResolvedSystem system = selection.resolve();
        double[] start = y0 == null ? system.defaultInitialState() : SystemSelection.checkState(system, y0, "--y0", false);
        if (count > system.dimension()) {
            throw new IllegalArgumentException("--count " + count + " is more than the " + system.dimension()
                    + " exponents " + system.id() + " has");
        }
        SolverOptions solverOptions = solver.applyTo(DEFAULTS);
        LyapunovOptions options = new LyapunovOptions(
                solverOptions, 0, transientTime, time, renormInterval, count,
                // The step limit is the whole run's budget, over every renormalization.
                solverOptions.maxSteps());
        long started = System.nanoTime();
        LyapunovResult result = LyapunovSpectrum.compute(system.field(), start, options);
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system", system.id());
        out.put("exponents", JsonOutput.numbers(result.exponents()));
        out.put("kaplanYorkeDimension", JsonOutput.number(result.kaplanYorkeDimension()));
        double sum = 0;
        for (double e : result.exponents()) {
            sum += e;
        }
        out.put("sum", JsonOutput.number(sum));
        out.put("averagedTime", result.averagedTime());
        out.put("transient", transientTime);
        out.put("renormInterval", renormInterval);
        out.put("renormalizations", result.renormalizations());
        out.put("nfe", result.functionEvaluations());
        out.put("result", result.result().name());
        out.put("message", result.message());
        out.put("seconds", seconds);
        JsonOutput.print(spec.commandLine().getOut(), out);
        if (!result.result().isSuccess()) {
            spec.commandLine().getErr().println("nodelab lyapunov: " + result.result() + ": " + result.message());
            return CommandLineRunner.EXIT_STOPPED;
        }
        return 0;
    }
}
