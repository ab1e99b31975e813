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
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;
import org.nodelab.train.DataConfig;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains one model headless, printing a JSON line per iteration and a summary line at the end. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a neural ODE headless. Prints one JSON line per iteration "
                + "(iteration, loss, accuracy, nfeForward, nfeBackward, ms, ...) and a summary line.",
        footer = {"", "Exit codes: 0 success, 2 bad arguments, 3 training stopped on a fault (the last good "
                + "parameters are still saved with --save)."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "hbnode", description = "Family: node, anode, hbnode, ghbnode, sonode, antisymmetric, hamiltonian (default: ${DEFAULT-VALUE}).")
    String family;

    @Option(names = "--dataset", defaultValue = "spirals", description = "Dataset: spirals, circles, moons, spheres, oscillator (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--points", defaultValue = "512", description = "Dataset size, train plus test (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--noise", defaultValue = "0.05", description = "Dataset noise (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--iters", defaultValue = "100", description = "Iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--width", defaultValue = "32", description = "Hidden width of f (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--depth", defaultValue = "2", description = "Hidden layers of f (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--augment", description = "Extra zero dimensions (default: the family's, 1 for anode, else 0).")
    Integer augment;

    @Option(names = "--damping", defaultValue = "0.5", description = "Damping γ of hbnode/ghbnode (default: ${DEFAULT-VALUE}).")
    double damping;

    @Option(names = "--learn-damping", description = "Learn γ = sigmoid(γ_raw), starting from --damping.")
    boolean learnDamping;

    @Option(names = "--learn-initial-velocity", description = "Start momentum/velocity at a learned linear map of the input instead of zero (hbnode, ghbnode).")
    boolean learnInitialVelocity;

    @Option(names = "--xi", defaultValue = "0.1", description = "ξ of ghbnode (default: ${DEFAULT-VALUE}).")
    double xi;

    @Option(names = "--reg", defaultValue = "none", description = "Regularizer: none, weight-decay, local, local-steps, local-stiffness, global-error, kinetic (default: ${DEFAULT-VALUE}).")
    String regularizer;

    @Option(names = "--reg-strength", defaultValue = "0", description = "λ (default: ${DEFAULT-VALUE}).")
    double regularizationStrength;

    @Option(names = "--solver", defaultValue = "dopri5", description = "Solver (default: ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--rtol", defaultValue = "1e-3", description = "Relative tolerance (default: ${DEFAULT-VALUE}).")
    double rtol;

    @Option(names = "--atol", defaultValue = "1e-3", description = "Absolute tolerance (default: ${DEFAULT-VALUE}).")
    double atol;

    @Option(names = "--gradient", defaultValue = "adjoint", description = "adjoint or backprop (default: ${DEFAULT-VALUE}).")
    String gradient;

    @Option(names = "--lr", defaultValue = "0.01", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--time", defaultValue = "1.0", description = "Integration time T (default: ${DEFAULT-VALUE}).")
    double integrationTime;

    @Option(names = "--batch", defaultValue = "0", description = "Points per iteration; 0 = the whole training set (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the model and the data (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    CsvSelection csv;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the trained model (JSON) here.")
    Path save;

    @Option(names = "--log", paramLabel = "FILE", description = "Also write the per-iteration JSON lines here.")
    Path log;

    @Override
    public Integer call() throws IOException {
        if (iterations < 1) {
            throw new IllegalArgumentException("--iters must be at least 1, not " + iterations);
        }
        ModelFamily modelFamily = ModelFamilies.fromId(family);
        ModelConfig model = ModelConfig.defaults(modelFamily, 1, 1).withWidth(width).withDepth(depth)
                .withDamping(damping, learnDamping).withXi(xi).withLearnInitialVelocity(learnInitialVelocity)
                .withSeed(seed);
        if (augment != null) {
            model = model.withAugment(augment);
        }
        String datasetName = csv.isSet() ? csv.datasetName() : dataset;
        TrainingConfig config = TrainingConfig.defaults().withModel(model)
                .withData(new DataConfig(datasetName, points, noise, seed))
                .withSolver(s -> s.withMethod(Method.fromId(solver)).withTolerances(rtol, atol))
                .withGradient(GradientMethod.fromId(gradient))
                .withOptimizer(o -> o.withLearningRate(learningRate).withBatchSize(batch))
                .withRegularizer(RegularizerKind.fromId(regularizer), regularizationStrength)
                .withIntegrationTime(integrationTime);
        Trainer trainer = csv.isSet() ? new Trainer(config, csv.read(seed)) : new Trainer(config);
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
        end.put("model", modelFamily.id());
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
