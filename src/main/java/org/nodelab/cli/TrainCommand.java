package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.ode.Method;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.SolverConfig;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains one model headless, printing a JSON line per iteration and a summary line at the end. */
@Command(name = "train", mixinStandardHelpOptions = true, showDefaultValues = true,
        defaultValueProvider = TrainingDefaults.class,
        description = "Train a neural ODE headless. Prints one JSON line per iteration "
                + "(iteration, loss, accuracy, nfeForward, nfeBackward, ms, ...) and a summary line.",
        footer = {"", "Exit codes: 0 success, 2 bad arguments, 3 training stopped on a fault (the last good "
                + "parameters are still saved with --save)."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelSelection model;

    @Mixin
    DataSelection data;

    @Mixin
    SolverSelection solver;

    @Mixin
    AdjointNormSelection adjointNorm;

    @Mixin
    OptimizerSelection optimizer;

    @Mixin
    RegularizerSelection regularizer;

    /** A bound on any run: at the default demo's pace this is days of training. */
    static final int MAX_ITERATIONS = 10_000_000;

    @Option(names = "--iters", defaultValue = "100", description = "Iterations.")
    int iterations;

    @Option(names = "--gradient", description = "adjoint or backprop.")
    String gradient;

    @Option(names = "--time", description = "Integration time T.")
    Double integrationTime;

    @Option(names = "--seed", description = "Seed for the model and the data.")
    Long seed;

    /** The old name of --method, kept so that existing scripts run. */
    @Option(names = "--solver", hidden = true, paramLabel = "NAME")
    String legacySolver;

    @picocli.CommandLine.Mixin
    CsvSelection csv;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the trained model (JSON) here.")
    Path save;

    @Option(names = "--log", paramLabel = "FILE", description = "Also write the per-iteration JSON lines here.")
    Path log;

    /** {@link TrainingConfig#defaults()} with the options given on the command line. */
    TrainingConfig config() {
        TrainingConfig d = TrainingConfig.defaults();
        long s = seed != null ? seed : d.model().seed();
        SolverConfig method = adjointNorm.applyTo(solver.applyTo(d.solver()));
        if (legacySolver != null) {
            method = method.withMethod(Method.fromId(legacySolver));
        }
        TrainingConfig c = d.withModel(model.applyTo(d.model().withSeed(s)))
                .withData(data.applyTo(d.data().withSeed(s)))
                .withSolver(method)
                .withOptimizer(optimizer.applyTo(d.optimizer()))
                .withRegularizer(regularizer.applyTo(d.regularizer()));
        if (csv.isSet()) {
            c = c.withData(x -> x.withDataset(csv.datasetName()));
        }
        if (gradient != null) {
            c = c.withGradient(GradientMethod.fromId(gradient));
        }
        return integrationTime == null ? c : c.withIntegrationTime(integrationTime);
    }

    @Override
    public Integer call() throws IOException {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("--iters must be 1.." + MAX_ITERATIONS + ", not " + iterations);
        }
        TrainingConfig config = config();
        // Every output is checked before any work: a bad --save or --log found after the last iteration
        // would throw the trained model away.
        if (save != null) {
            SafeFileWrite.checkWritable(save);
        }
        String datasetName = config.data().dataset();
        try (IterationLog logFile = log == null ? IterationLog.none() : IterationLog.open(log);
             Trainer trainer = csv.isSet() ? new Trainer(config, csv.read(config.data().seed()))
                     : new Trainer(config)) {
            return train(config, datasetName, trainer, logFile);
        }
    }

    private int train(TrainingConfig config, String datasetName, Trainer trainer, IterationLog logFile)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary = new RunSummary();
        IterationMetrics fault = null;
        for (int i = 0; i < iterations; i++) {
            IterationMetrics m = trainer.step();
            String json = JsonOutput.toJson(IterationJson.of(m));
            out.println(json);
            out.flush();
            logFile.write(json);
            if (m.failed()) {
                fault = m;
                break;
            }
            summary.add(m);
        }
        logFile.close();
        Path savedTo = save == null ? null : saveOrRecover(trainer, summary);
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("summary", true);
        end.put("model", config.model().family().id());
        end.put("dataset", datasetName);
        end.putAll(summary.toMap());
        end.put("parameters", trainer.model().parameters().length);
        end.put("result", fault == null ? "SUCCESS" : "FAULT");
        if (fault != null) {
            end.put("fault", fault.fault());
        }
        if (savedTo != null) {
            end.put("saved", savedTo.toString());
        }
        if (logFile.problem() != null) {
            end.put("logProblem", logFile.problem());
        }
        JsonOutput.print(out, end);
        if (fault != null) {
            spec.commandLine().getErr().println("nodelab train: stopped at iteration " + fault.iteration() + ": "
                    + fault.fault());
            return CommandLineRunner.EXIT_STOPPED;
        }
        if (logFile.problem() != null || (savedTo != null && !savedTo.equals(save))) {
            if (logFile.problem() != null) {
                spec.commandLine().getErr().println("nodelab train: " + logFile.problem()
                        + (savedTo != null ? "; the model was saved to " + savedTo : ""));
            }
            return CommandLineRunner.EXIT_USAGE;
        }
        return 0;
    }

    /**
     * Saves to --save; if that fails after all (the disk filled up, the folder went away while training), the
     * model goes to a file under ~/.nodelab/recovered instead, and the user is told where: hours of training
     * are never lost to a save that failed at the end.
     */
    private Path saveOrRecover(Trainer trainer, RunSummary summary) throws IOException {
        try {
            ModelFiles.save(save, trainer, summary.toHistorySummary());
            return save;
        } catch (IOException first) {
            Path recovered = Path.of(System.getProperty("user.home"), ".nodelab", "recovered",
                    "model-" + System.currentTimeMillis() + ".json");
            try {
                java.nio.file.Files.createDirectories(recovered.getParent());
                ModelFiles.save(recovered, trainer, summary.toHistorySummary());
            } catch (IOException second) {
                first.addSuppressed(second);
                throw first;
            }
            spec.commandLine().getErr().println("nodelab train: " + first.getMessage() + "; the model was saved to "
                    + recovered + " instead");
            return recovered;
        }
    }
}
