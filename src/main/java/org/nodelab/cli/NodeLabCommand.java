package org.nodelab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code nodelab} command. It does nothing by itself: the work happens in its subcommands.
 */
@Command(
        name = "nodelab",
        mixinStandardHelpOptions = true,
        versionProvider = NodeLabCommand.VersionProvider.class,
        description = {
                "NODE Lab: train neural ODEs and study their dynamics from the command line.",
                "Run without arguments to open the desktop app instead."},
        subcommands = {SystemsCommand.class, SolveCommand.class, SpectrumCommand.class, LyapunovCommand.class,
                TrainCommand.class, RunCommand.class, EvalCommand.class, CompareCommand.class, BenchCommand.class,
                DatasetCommand.class, GradientCommand.class, ReproduceCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Commands print one JSON object on stdout and messages on stderr.", "Exit status: 0 ok, 1 internal failure, 2 bad arguments or input, 3 a computation stopped early (see its \"result\")."})
public final class NodeLabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--self-check", description = "Check this installation without opening a window: Java, "
            + "ND4J's native libraries, JavaFX, and every sample model (load, evaluate, train "
            + SelfCheck.TRAIN_ITERATIONS + " iterations). One line per check; exit status 0 when all pass, 1 otherwise.")
    boolean selfCheck;

    /** Reached only when options but no command were given: say what is missing rather than doing nothing. */
    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (selfCheck) {
            return new SelfCheck(commandLine.getOut(), SelfCheck.BUILT_IN).run();
        }
        commandLine.getErr().println("nodelab: no command given.");
        commandLine.usage(commandLine.getErr());
        return CommandLineRunner.EXIT_USAGE;
    }

    /** Reads the version Maven wrote into {@code nodelab-version.properties}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {

        static final String RESOURCE = "/nodelab-version.properties";

        @Override
        public String[] getVersion() {
            return new String[] {"NODE Lab " + version()};
        }

        public static String version() {
            Properties properties = new Properties();
            try (InputStream in = NodeLabCommand.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return "(unknown version)";
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return properties.getProperty("version", "(unknown version)");
        }
    }
}
