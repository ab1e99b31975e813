package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.io.ModelFiles;
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
    OptimizerSelection optimizer;

    @Mixin
    RegularizerSelection regularizer;

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
        SolverConfig method = solver.applyTo(d.solver());
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
        if (iterations < 1) {
            throw new IllegalArgumentException("--iters must be at least 1, not " + iterations);
        }
        TrainingConfig config = config();
        String datasetName = config.data().dataset();
        Trainer trainer = csv.isSet() ? new Trainer(config, csv.read(config.data().seed())) : new Trainer(config);
        PrintWriter out = spec.commandLine().getOut();
        Writer logWriter = log == null ? null : Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        RunSummary summary = new RunSummary();
        IterationMetrics fault = null;
        try {
            for (int i = 0; i < iterations; i++) {
                IterationMetrics m = trainer.step();
                Map<String, Object> line = IterationJson.of(m);
                String json = JsonOutput.toJson(line);
                out.println(json);
                out.flush();
                if (logWriter != null) {
                    logWriter.write(json);
                    logWriter.write('\n');
                }
                if (m.failed()) {
                    fault = m;
                    break;
                }
                summary.add(m);
            }
        } finally {
            if (logWriter != null) {
                logWriter.close();
            }
        }
        if (save != null) {
            ModelFiles.save(save, trainer, summary.toHistorySummary());
        }
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
        if (save != null) {
            end.put("saved", save.toString());
        }
        JsonOutput.print(out, end);
        if (fault != null) {
            spec.commandLine().getErr().println("nodelab train: stopped at iteration " + fault.iteration() + ": "
                    + fault.fault());
            return CommandLineRunner.EXIT_STOPPED;
        }
        return 0;
    }
}
