package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.io.SessionFile;
import org.nodelab.io.SessionFiles;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Continues a saved session headless: the iterations it prints are those the run would have had if it had never
 * stopped (same losses, bit for bit), in train's JSON lines, and --session-out saves the longer run.
 */
@Command(name = "run", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Continue a saved session (from `train --session-out` or File > Save Session) headless. "
                + "Prints train's JSON line per iteration, numbered on from the session, and a summary line.",
        footer = {"", "Exit codes: 0 success, 2 bad arguments or a bad session file, 3 training stopped on a "
                + "fault (the session is still written with --session-out)."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "The session to continue.")
    Path session;

    @Option(names = "--iters", defaultValue = "100", description = "Further iterations.")
    int iterations;

    @Option(names = "--session-out", paramLabel = "FILE",
            description = "Write the continued run as a session file here at the end (may be --session itself).")
    Path sessionOut;

    @Option(names = "--log", paramLabel = "FILE", description = "Also write the per-iteration JSON lines here.")
    Path log;

    @Mixin
    CsvSelection csv;

    @Override
    public Integer call() throws IOException {
        if (iterations < 1 || iterations > TrainCommand.MAX_ITERATIONS) {
            throw new IllegalArgumentException("--iters must be 1.." + TrainCommand.MAX_ITERATIONS + ", not "
                    + iterations);
        }
        if (sessionOut != null) {
            SafeFileWrite.checkWritable(sessionOut);
        }
        SessionFile saved = SessionFiles.read(session);
        if (saved.needsImportedData() && !csv.isSet()) {
            throw new IllegalArgumentException(session + ": the run trained on the imported "
                    + saved.config().data().dataset().substring(SessionFile.CSV_PREFIX.length())
                    + "; give that file with --csv (and --label-column if it was given to train)");
        }
        try (IterationLog logFile = log == null ? IterationLog.none() : IterationLog.open(log);
             Trainer trainer = csv.isSet() ? saved.resume(csv.read(saved.config().data().seed()))
                     : saved.resume()) {
            return run(saved, trainer, logFile);
        }
    }

    private int run(SessionFile saved, Trainer trainer, IterationLog logFile) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int resumedAt = trainer.iteration();
        RunSummary summary = new RunSummary();
        List<IterationMetrics> more = new ArrayList<>();
        IterationMetrics fault = TrainingLoop.run(trainer, iterations, out, logFile, summary, more);
        logFile.close();
        Path sessionTo = sessionOut == null ? null
                : SessionOutput.saveOrRecover(sessionOut, trainer, saved.history().append(more), err, "run");
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("summary", true);
        end.put("session", session.toString());
        end.put("resumedAt", resumedAt);
        end.put("model", trainer.config().model().family().id());
        end.put("dataset", trainer.config().data().dataset());
        end.putAll(summary.toMap());
        end.put("parameters", trainer.model().parameterCount());
        end.put("result", fault == null ? "SUCCESS" : "FAULT");
        if (fault != null) {
            end.put("fault", fault.fault());
        }
        if (sessionTo != null) {
            end.put("sessionOut", sessionTo.toString());
        }
        if (logFile.problem() != null) {
            end.put("logProblem", logFile.problem());
        }
        JsonOutput.print(out, end);
        if (fault != null) {
            err.println("nodelab run: stopped at iteration " + fault.iteration() + ": " + fault.fault());
            return CommandLineRunner.EXIT_STOPPED;
        }
        if (logFile.problem() != null) {
            err.println("nodelab run: " + logFile.problem());
            return CommandLineRunner.EXIT_USAGE;
        }
        return sessionTo != null && !sessionTo.equals(sessionOut) ? CommandLineRunner.EXIT_USAGE : 0;
    }
}
