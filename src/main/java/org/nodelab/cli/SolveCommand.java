package org.nodelab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolveStatistics;
import org.nodelab.ode.SolverOptions;
import org.nodelab.systems.ResolvedSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Solves one system from an initial state and prints the end state and what it cost. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Solve a built-in or typed system and print the final state, result code and solver statistics.",
                "Solver defaults: dopri5, rtol 1e-7, atol 1e-9, at most 100000 steps."},
        footer = {"", "Exit codes: 0 success, 2 bad arguments or input, 3 the solve stopped early (see \"result\")."})
public final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SystemSelection selection;

    @Mixin
    SolverSelection solver;

    @Option(names = "--step", paramLabel = "H",
            description = "Step size of fixed-step solvers (default: 1/100 of the time span).")
    Double step;

    /** The solver when no option changes it. */
    private static final SolverOptions DEFAULTS = SolverOptions.of(Method.DOPRI5).withTolerances(1e-7, 1e-9)
            .withMaxSteps(100_000);

    @Option(names = "--y0", paramLabel = "A,B,...", split = ",",
            description = "Initial state (default: the system's own). Several points at once: concatenate them.")
    double[] y0;

    @Option(names = "--t0", defaultValue = "0", description = "Start time (default: ${DEFAULT-VALUE}).")
    double t0;

    @Option(names = "--t1", required = true, description = "End time; may be before --t0 to integrate backward.")
    double t1;

    /** What one JSON line may carry: a million numbers is about 20 MB of text, already more than a pipe wants. */
    static final long MAX_SAMPLED_NUMBERS = 1_000_000;

    @Option(names = "--samples", paramLabel = "K",
            description = "Also print the trajectory at K equally spaced times from t0 to t1 (K >= 2).")
    Integer samples;

    private SolverOptions options() {
        SolverOptions options = solver.applyTo(DEFAULTS);
        return step == null ? options : options.withStepSize(step);
    }

    @Override
    public Integer call() {
        ResolvedSystem system = selection.resolve();
        double[] start = y0 == null ? system.defaultInitialState()
                : SystemSelection.checkState(system, y0, "--y0", true);
        if (t1 == t0) {
            throw new IllegalArgumentException("--t1 equals --t0; there is nothing to solve");
        }
        if (samples != null && samples < 2) {
            throw new IllegalArgumentException("--samples must be at least 2 (the start and the end), not " + samples);
        }
        if (samples != null && (long) samples * start.length > MAX_SAMPLED_NUMBERS) {
            throw new IllegalArgumentException("--samples " + samples + " would print more than "
                    + MAX_SAMPLED_NUMBERS + " numbers; sample fewer times");
        }
        double[] times = samples == null ? new double[] {t0, t1} : OdeSolver.linspace(t0, t1, samples);
        Solution solution = OdeSolver.solve(system.field(), start, times, options());

        int d = system.dimension();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system", system.id());
        out.put("variables", system.variableNames());
        out.put("parameters", system.parameters());
        out.put("method", options().method().id());
        boolean reached = solution.isSuccess();
        out.put("t", reached ? t1 : solution.lastTime());
        out.put("y", points(reached ? solution.finalState() : solution.lastState(), d));
        out.put("result", solution.result().name());
        out.put("message", solution.message());
        SolveStatistics st = solution.statistics();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("nfe", st.nfe());
        stats.put("accepted", st.accepted());
        stats.put("rejected", st.rejected());
        stats.put("minStep", st.accepted() == 0 ? null : minAbs(st.stepSizes()));
        stats.put("maxStep", st.accepted() == 0 ? null : maxAbs(st.stepSizes()));
        out.put("stats", stats);
        if (samples != null) {
            Map<String, Object> trajectory = new LinkedHashMap<>();
            double[] reachedTimes = java.util.Arrays.copyOf(times, solution.states().length);
            trajectory.put("t", reachedTimes);
            Object[] states = new Object[solution.states().length];
            for (int k = 0; k < states.length; k++) {
                states[k] = points(solution.states()[k], d);
            }
            trajectory.put("y", states);
            out.put("trajectory", trajectory);
        }
        JsonOutput.print(spec.commandLine().getOut(), out);
        if (!reached) {
            spec.commandLine().getErr().println("nodelab solve: " + solution.result() + ": " + solution.message());
            return CommandLineRunner.EXIT_STOPPED;
        }
        return 0;
    }

    /** One point prints as [..]; a batch prints as [[..], [..]]. */
    private static Object points(double[] state, int d) {
        if (state.length == d) {
            return JsonOutput.numbers(state);
        }
        Object[] rows = new Object[state.length / d];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = JsonOutput.numbers(java.util.Arrays.copyOfRange(state, r * d, (r + 1) * d));
        }
        return rows;
    }

    private static double minAbs(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, Math.abs(x));
        }
        return m;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
