package org.nodelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.model.ParameterBlock;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.LossGradient;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.DataPart;
import org.nodelab.train.data.TaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The loss and its gradient at a saved model's parameters, by parameter block, so that a gradient from another
 * library (torchdiffeq's adjoint, autograd through a solver) can be compared number for number. No regularizer,
 * no optimizer step: the mean cross-entropy on the first N test points, through the trainer's solver rules.
 */
@Command(name = "gradient", mixinStandardHelpOptions = true,
        description = "Loss, NFE and dLoss/dθ by parameter block of a saved model on its first N test points.")
public final class GradientCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model-file", required = true, paramLabel = "FILE", description = "A model saved by train --save.")
    Path file;

    @Option(names = "--points", paramLabel = "N", description = "Use the first N test points (default: all of them).")
    Integer points;

    @Option(names = "--gradient", paramLabel = "adjoint|backprop",
            description = "How to differentiate through the solve (default: the method it was trained with).")
    String gradient;

    @picocli.CommandLine.Mixin
    AdjointNormSelection adjointNorm;

    @Option(names = "--rtol", description = "Relative tolerance (default: the one it was trained with).")
    Double rtol;

    @Option(names = "--atol", description = "Absolute tolerance (default: the one it was trained with).")
    Double atol;

    @picocli.CommandLine.Mixin
    CsvSelection csv;

    @Override
    public Integer call() throws IOException {
        if (points != null && points < 1) {
            throw new IllegalArgumentException("--points must be at least 1, not " + points);
        }
        GradientMethod requested = gradient == null ? null : GradientMethod.fromId(gradient);
        try (ScoredModel scored = ScoredModel.open(file, csv, saved -> forGradient(saved, requested))) {
            return report(scored);
        }
    }

    /** The saved run's settings with the chosen tolerances and gradient method, and without its regularizer. */
    private TrainingConfig forGradient(TrainingConfig saved, GradientMethod requested) {
        double r = rtol != null ? rtol : saved.solver().rtol();
        double a = atol != null ? atol : saved.solver().atol();
        return saved.withSolver(s -> adjointNorm.applyTo(s.withTolerances(r, a)))
                .withGradient(requested != null ? requested : saved.gradient())
                .withRegularizer(RegularizerKind.NONE, 0);
    }

    private int report(ScoredModel scored) {
        Trainer trainer = scored.trainer();
        TrainingConfig config = trainer.config();
        if (trainer.data().kind() != TaskKind.CLASSIFICATION) {
            throw new IllegalArgumentException(file + " was trained on a time series (" + config.data().dataset()
                    + "); gradient reports the cross-entropy of classification models");
        }
        DataPart test = trainer.data().test();
        int n = points == null ? test.size() : points;
        if (n > test.size()) {
            throw new IllegalArgumentException("--points " + n + " is more than the " + test.size()
                    + " test points of " + config.data().dataset());
        }
        int features = test.featureDimension();
        double[] inputs = Arrays.copyOf(test.features(), n * features);
        int[] labels = Arrays.copyOf(test.labels(), n);
        // The trainer's own rule: Verlet becomes rk4 where backprop needs a tape, fixed steps are T/20.
        SolverOptions options = trainer.solverOptions();
        LossGradient.Result g = LossGradient.compute(trainer.model(), inputs, labels, trainer.horizon(), options,
                config.gradient(), config.solver().adjointNorm());

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", trainer.model().family().id());
        out.put("dataset", config.data().dataset());
        out.put("points", n);
        out.put("gradientMethod", config.gradient().name().toLowerCase(Locale.ROOT));
        out.put("solver", options.method().id());
        if (config.gradient() == GradientMethod.ADJOINT) {
            out.put("adjointNorm", config.solver().adjointNorm().id());
        }
        out.put("rtol", config.solver().rtol());
        out.put("atol", config.solver().atol());
        if (!options.method().isAdaptive()) {
            out.put("stepSize", options.stepSize());
        }
        out.put("loss", JsonOutput.number(g.loss()));
        out.put("nfeForward", g.nfeForward());
        out.put("nfeBackward", g.nfeBackward());
        out.put("result", g.isSuccess() ? "SUCCESS" : "FAULT");
        if (g.isSuccess()) {
            Map<String, Object> blocks = new LinkedHashMap<>();
            for (ParameterBlock block : trainer.model().parameterLayout()) {
                blocks.put(block.name(), JsonOutput.numbers(
                        Arrays.copyOfRange(g.gradient(), block.offset(), block.offset() + block.size())));
            }
            out.put("gradient", blocks);
        } else {
            out.put("message", g.problem());
        }
        JsonOutput.print(spec.commandLine().getOut(), out);
        if (!g.isSuccess()) {
            spec.commandLine().getErr().println("nodelab gradient: " + g.problem());
            return CommandLineRunner.EXIT_STOPPED;
        }
        return 0;
    }
}
