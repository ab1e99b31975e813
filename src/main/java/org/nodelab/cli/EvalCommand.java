package org.nodelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nodelab.io.LoadedModel;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Evaluation;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads a saved model and reports its test accuracy and the NFE a solve costs, at chosen tolerances. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a saved model on its dataset's test part: loss, accuracy and NFE. The solver "
                + "settings left out are the ones it was trained with.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model-file", required = true, paramLabel = "FILE", description = "A model saved by train --save.")
    Path file;

    /** Left out, each solver setting is the one the model was trained with. */
    @picocli.CommandLine.Mixin
    SolverSelection solver;

    @picocli.CommandLine.Mixin
    CsvSelection csv;

    @Override
    public Integer call() throws IOException {
        // ScoredModel opens a saved model the one way every command does: the data it was trained on (rebuilt
        // or the --csv given again), the same shape, the saved parameters.
        try (ScoredModel scored = ScoredModel.open(file, csv,
                config -> config.withSolver(solver.applyTo(config.solver())))) {
            return evaluate(scored.loaded(), scored.trainer());
        }
    }

    private int evaluate(LoadedModel loaded, Trainer trainer) {
        TrainingConfig evalConfig = trainer.config();
        String dataset = evalConfig.data().dataset();
        SolverOptions options = trainer.solverOptions().withRecordSteps(false);
        Evaluation test = trainer.evaluate(options);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", loaded.model().family().id());
        out.put("dataset", dataset);
        out.put("solver", options.method().id());
        out.put("rtol", evalConfig.solver().rtol());
        out.put("atol", evalConfig.solver().atol());
        out.put("testLoss", JsonOutput.number(test.loss()));
        out.put("testAccuracy", JsonOutput.number(test.accuracy()));
        out.put("nfe", test.nfe());
        // A loss that is not a number is no score: the outputs overflowed, whatever the solver said.
        String problem = test.problem() != null ? test.problem()
                : Double.isFinite(test.loss()) ? null
                : "the test loss is " + test.loss() + ": the model's outputs overflow on this data";
        out.put("result", test.problem() != null ? "FAULT" : problem != null ? "NON_FINITE_LOSS" : "SUCCESS");
        if (problem != null) {
            out.put("message", problem);
        }
        out.put("trainedIterations", loaded.history().iterations());
        JsonOutput.print(spec.commandLine().getOut(), out);
        if (problem != null) {
            spec.commandLine().getErr().println("nodelab eval: " + problem);
            return CommandLineRunner.EXIT_STOPPED;
        }
        return 0;
    }
}
