package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nodelab.session.reproduce.PlannedRun;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionOptions;
import org.nodelab.session.reproduce.ReproductionReport;
import org.nodelab.session.reproduce.ReproductionRunner;
import org.nodelab.session.reproduce.Reproductions;
import org.nodelab.session.reproduce.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs one of the seeds' published claims headless and says whether it holds on our task. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Run one published claim as an experiment: train its runs side by side (one core "
                + "each), print a table on stderr and one JSON object on stdout with our figures beside the "
                + "published ones, their sources, and a verdict per aim.",
                "NAME: momentum (HBNODE, Xia et al. 2021), localreg (local error regularization, Pal et al. 2023), stable "
                + "(antisymmetric and Hamiltonian networks as deep Euler ResNets, Haber and Ruthotto 2017), sonode (second order "
                + "against augmentation on circles and nested spheres, Norcliffe et al. 2020).",
                "Defaults: one seed, 300-400 iterations, 512 points; --seeds 1,2,3 runs each configuration on three. "
                + "CPU time of the defaults, measured: momentum about 66 s, localreg about 190 s, stable about "
                + "15 s, sonode about 125 s; the runs share the cores, so wall time on 2 free cores is about half."},
        footer = {"", "Exit codes: 0 success, 2 bad arguments, 3 a run stopped on a fault (the report still comes)."})
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Which claim: momentum, localreg, stable or sonode.")
    String name;

    @Option(names = "--seeds", paramLabel = "S1,S2,...", description = "Seeds for every configuration (default: "
            + "the experiment's own, one seed). Each seed sets the model's initial weights and the data.")
    String seeds;

    @Option(names = "--iters", paramLabel = "N", description = "Iterations per run (default: the experiment's own; "
            + "1.." + ReproductionOptions.MAX_ITERATIONS + ").")
    Integer iterations;

    @Option(names = "--points", paramLabel = "N", description = "Dataset size, train plus test (default: the "
            + "experiment's own, 512).")
    Integer points;

    @Option(names = "--save-sessions", paramLabel = "DIR", description = "Save every run into this folder as a "
            + "session file (NAME-RUN.session.json: settings, weights, optimizer state and every iteration), which "
            + "File > Open Session, the compare window, nodelab run --session and nodelab compare open.")
    Path saveSessions;

    @Override
    public Integer call() throws IOException {
        Reproduction reproduction = Reproductions.fromId(name);
        ReproductionOptions options = new ReproductionOptions(parseSeeds(seeds), iterations, points);
        ReproductionSaves saves = saveSessions == null ? null : ReproductionSaves.open(saveSessions);
        List<PlannedRun> plan = reproduction.plan(options);
        ReproductionRunner runner = ReproductionRunner.perCore();
        PrintWriter err = spec.commandLine().getErr();
        err.println("nodelab reproduce " + reproduction.id() + ": " + plan.size() + " runs, " + runner.concurrency()
                + " at a time");
        err.flush();
        long started = System.nanoTime();
        List<RunResult> results = runner.run(plan);
        try {
            double trainingSeconds = (System.nanoTime() - started) / 1e9;
            ReproductionReport report = reproduction.report(results);
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, Object> out = ReproductionOutput.json(report);
            out.put("wallSeconds", Math.round(wallSeconds * 1000) / 1000.0);
            out.put("trainingWallSeconds", Math.round(trainingSeconds * 10) / 10.0);
            out.put("concurrentRuns", runner.concurrency());
            out.put("adjointNorm", plan.get(0).config().solver().adjointNorm().id());
            out.put("cpuSeconds", Math.round(results.stream().mapToDouble(RunResult::cpuMillis).sum() / 100) / 10.0);
            List<Map<String, Object>> runs = new ArrayList<>();
            boolean faulted = false;
            for (RunResult r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", r.run().name());
                m.put("iterations", r.metrics().size());
                m.put("cpuSeconds", JsonOutput.number(Math.round(r.cpuMillis() / 100) / 10.0));
                m.put("wallSeconds", Math.round(r.wallMillis() / 100) / 10.0);
                if (r.fault() != null) {
                    m.put("fault", r.fault());
                    faulted = true;
                }
                if (saves != null) {
                    m.put("saved", saves.save(reproduction.id(), r).toString());
                }
                runs.add(m);
            }
            out.put("runs", runs);
            ReproductionOutput.printTables(err, report);
            err.printf(java.util.Locale.ROOT, "wall time %.1f s (training %.1f s), %d runs %d at a time, CPU of the "
                    + "runs' threads %.1f s, adjoint norm %s%n", wallSeconds, trainingSeconds, results.size(),
                    runner.concurrency(), results.stream().mapToDouble(RunResult::cpuMillis).sum() / 1000,
                    plan.get(0).config().solver().adjointNorm().id());
            err.flush();
            JsonOutput.print(spec.commandLine().getOut(), out);
            return faulted ? CommandLineRunner.EXIT_STOPPED : 0;
        } finally {
            results.forEach(RunResult::close);
        }
    }

    /** "1,2,3" to a list; null for none given. */
    static List<Integer> parseSeeds(String text) {
        if (text == null) {
            return null;
        }
        List<Integer> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String s = part.trim();
            if (!s.matches("-?\\d{1,9}")) {
                throw new IllegalArgumentException("--seeds takes whole numbers separated by commas, e.g. 1,2,3; '"
                        + s + "' in '" + text + "' is not one");
            }
            list.add(Integer.parseInt(s));
        }
        return list;
    }

    static String names() {
        return Reproductions.all().stream().map(Reproduction::id).collect(Collectors.joining(", "));
    }
}
