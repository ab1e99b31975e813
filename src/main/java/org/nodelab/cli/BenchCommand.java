package org.nodelab.cli;

import picocli.CommandLine.Command;

/** Benchmarks: each prints its figures, and ratios measured side by side in the same run. */
@Command(name = "bench", description = "Run a benchmark and print its figures as JSON (a readable table goes to stderr).",
        mixinStandardHelpOptions = true,
        subcommands = {BenchSolversCommand.class, BenchTrainingCommand.class, BenchMemoryCommand.class,
                BenchAdjointCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a benchmark: " + String.join(", ", spec.subcommands().keySet()));
    }
}
