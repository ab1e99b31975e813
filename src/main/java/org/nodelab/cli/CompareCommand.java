package org.nodelab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.CostEstimate;
import org.nodelab.session.compare.CostInputs;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.session.compare.FieldBenchmark;
import org.nodelab.session.compare.MetricSummary;
import org.nodelab.session.compare.Quantity;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.RunSources;
import org.nodelab.session.compare.Savings;
import org.nodelab.session.compare.WhatIf;
import org.nodelab.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares saved runs: the differing settings, the final metrics against the pinned run, fairness and cost. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare 2 to 8 saved runs: the settings that differ, the final metrics with Δ and Δ% "
                + "against the pinned run, whether their NFE is comparable, and with --cost what they cost to "
                + "serve and train (every number with its provenance).",
                "A RUN is [NAME=]LOG:MODEL (a train --log file with its --save model file) or [NAME=]MODEL."},
        footer = {"", "Prints one JSON object on stdout and a readable table on stderr.",
                "Exit codes: 0 success, 2 bad arguments or files, 3 a measuring solve stopped early."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "The runs: [NAME=]LOG:MODEL or [NAME=]MODEL.")
    List<String> runs;

    @Option(names = "--pin", paramLabel = "NAME|INDEX", description = "The reference run (default: the first).")
    String pin;

    @Option(names = "--summary", paramLabel = "HOW", defaultValue = "last",
            description = "How a metric becomes one number: last, best or mean (of the last --last K).")
    String summary;

    @Option(names = "--last", paramLabel = "K", defaultValue = "10",
            description = "Iterations --summary mean averages.")
    int lastK;

    @Option(names = "--cost", description = "Measure each run's NFE and field timings here and estimate its cost.")
    boolean cost;

    @Option(names = "--requests-per-day", paramLabel = "R", description = "Requests served per day (default 1e6).")
    Double requestsPerDay;

    @Option(names = "--batch", paramLabel = "B", description = "Requests served in one solve (default 1).")
    Integer batch;

    @Option(names = "--price", paramLabel = "P", description = "Price per compute-hour; required with --cost "
            + "(there are no built-in vendor prices).")
    Double price;

    @Option(names = "--utilisation", paramLabel = "U", description = "Busy fraction of a worker, (0, 1] "
            + "(default 0.6).")
    Double utilisation;

    @Option(names = "--t0", paramLabel = "S", description = "Fixed overhead per request outside the ODE, in "
            + "seconds (default 0).")
    Double t0;

    @Option(names = "--what-if-nfe", paramLabel = "K", description = "What if every run but the reference needed K "
            + "times its measured NFE per prediction (e.g. a published ratio); " + WhatIf.MIN_NFE + ".."
            + WhatIf.MAX_NFE + ", default 1.")
    Double whatIfNfe;

    @Option(names = "--what-if-tf", paramLabel = "K", description = "What if a field evaluation took K times as "
            + "long as measured here (a faster machine below 1); " + WhatIf.MIN_TIME + ".." + WhatIf.MAX_TIME
            + ", default 1.")
    Double whatIfTf;

    @Option(names = "--calls", paramLabel = "N", defaultValue = "" + DeploymentMeasurement.CALLS,
            description = "Timed calls of the field micro-benchmark.")
    int calls;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "" + DeploymentMeasurement.WARMUP,
            description = "Warm-up calls before timing.")
    int warmup;

    /** The deployment solver; each setting left out is the one the run trained with. */
    @Mixin
    SolverSelection solver;

    static final int MAX_K = 1_000_000;

    @Override
    public Integer call() throws IOException {
        MetricSummary how = summary();
        if (lastK < 1 || lastK > MAX_K) {
            throw new IllegalArgumentException("--last must be 1.." + MAX_K + ", not " + lastK);
        }
        CostInputs inputs = costInputs();
        if (runs.size() < Comparison.MIN_RUNS || runs.size() > Comparison.MAX_RUNS) {
            throw new IllegalArgumentException("compare " + Comparison.MIN_RUNS + " to " + Comparison.MAX_RUNS
                    + " runs, not " + runs.size());
        }
        List<RunArgument> arguments = new ArrayList<>();
        for (String r : runs) {
            arguments.add(RunArgument.parse(r));
        }
        List<ComparedRun> loaded = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (RunArgument a : arguments) {
            ComparedRun run = RunSources.load(a.files(), a.name());
            loaded.add(run.withName(unique(run.name(), names)));
        }
        int pinned = 0;
        if (pin != null) {
            pinned = Comparison.find(loaded, pin);
            if (pinned < 0) {
                throw new IllegalArgumentException("--pin " + pin + ": no run has that name or number; the runs are "
                        + String.join(", ", names) + " (1.." + loaded.size() + ")");
            }
        }
        Comparison comparison = new Comparison(loaded, pinned);
        Map<String, Object> out = CompareJson.comparison(comparison, how, lastK);
        List<RunCost> costs = null;
        List<Savings> savings = null;
        int exit = 0;
        if (inputs != null) {
            WhatIf whatIf = new WhatIf(whatIfNfe == null ? 1 : whatIfNfe, whatIfTf == null ? 1 : whatIfTf);
            CostReport report = CostReport.measure(comparison, inputs, whatIf, this::deployment, warmup, calls);
            out.put("cost", report.json());
            costs = report.costs();
            savings = report.savings();
            if (report.problem() != null) {
                exit = CommandLineRunner.EXIT_STOPPED;
                spec.commandLine().getErr().println("nodelab compare: " + report.problem());
            }
        }
        JsonOutput.print(spec.commandLine().getOut(), out);
        CompareTable.print(spec.commandLine().getErr(), comparison, how, lastK, costs, savings);
        return exit;
    }

    /** The run's config with the deployment solver settings given on the command line. */
    private TrainingConfig deployment(TrainingConfig trained) {
        return trained.withSolver(solver.applyTo(trained.solver()));
    }

    private MetricSummary summary() {
        return switch (summary.toLowerCase(Locale.ROOT)) {
            case "last" -> MetricSummary.LAST;
            case "best" -> MetricSummary.BEST;
            case "mean" -> MetricSummary.MEAN_OF_LAST;
            default -> throw new IllegalArgumentException("--summary must be last, best or mean, not '" + summary
                    + "'");
        };
    }

    /** The cost inputs, or null without --cost; cost options without --cost are a mistake worth saying. */
    private CostInputs costInputs() {
        if (!cost) {
            List<String> given = new ArrayList<>();
            Object[][] options = {{"--requests-per-day", requestsPerDay}, {"--batch", batch}, {"--price", price},
                    {"--utilisation", utilisation}, {"--t0", t0}, {"--what-if-nfe", whatIfNfe},
                    {"--what-if-tf", whatIfTf}};
            for (Object[] o : options) {
                if (o[1] != null) {
                    given.add((String) o[0]);
                }
            }
            if (!given.isEmpty()) {
                throw new IllegalArgumentException(String.join(", ", given) + (given.size() == 1 ? " only applies"
                        : " only apply") + " with --cost");
            }
            return null;
        }
        if (price == null) {
            throw new IllegalArgumentException("--cost needs --price P, the price per compute-hour (there are no "
                    + "built-in vendor prices)");
        }
        if (calls < 1 || calls > FieldBenchmark.MAX_CALLS || warmup < 0 || warmup > FieldBenchmark.MAX_CALLS) {
            throw new IllegalArgumentException("--calls must be 1.." + FieldBenchmark.MAX_CALLS + " and --warmup 0.."
                    + FieldBenchmark.MAX_CALLS + " (got " + calls + ", " + warmup + ")");
        }
        return new CostInputs(typed("requests/day", requestsPerDay, 1e6, "1/day", "--requests-per-day"),
                batch == null ? 1 : batch, typed("utilisation", utilisation, 0.6, "", "--utilisation"),
                typed("price", price, Double.NaN, "$/core-h", "--price"), typed("t0", t0, 0.0, "s", "--t0"));
    }

    private static Quantity typed(String name, Double given, double fallback, String unit, String option) {
        if (given != null) {
            return new Quantity(name, given, unit, org.nodelab.session.compare.Provenance.assumed("typed: " + option
                    + " " + given));
        }
        return new Quantity(name, fallback, unit, org.nodelab.session.compare.Provenance.assumed("the default of "
                + option + ", not typed"));
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        for (int k = 2; taken.contains(n); k++) {
            n = name + " (" + k + ")";
        }
        taken.add(n);
        return n;
    }
}
