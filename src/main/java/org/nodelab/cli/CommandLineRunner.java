package org.nodelab.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.nodelab.model.NativeMemoryLimits;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code nodelab} command line and returns its exit status instead of exiting, so that callers
 * (Main, tests) decide what to do with it. Errors come out as one or two short lines on stderr, never as a
 * stack trace; the stack trace goes to the log at DEBUG.
 */
public final class CommandLineRunner {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    /** A computation ran but stopped early (step limit, underflow, blow-up); its JSON says where. */
    public static final int EXIT_STOPPED = 3;

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineRunner.class);

    private CommandLineRunner() {
    }

    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** The configured picocli command line, with stdout and stderr as given by picocli's defaults. */
    public static CommandLine newCommandLine() {
        // JavaCPP reads its memory bounds once, when ND4J first loads: set them before any command can run.
        NativeMemoryLimits.apply();
        CommandLine commandLine = new CommandLine(new NodeLabCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(CommandLineRunner::onBadArguments);
        commandLine.setExecutionStrategy(CommandLineRunner::executeWithinMemory);
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            LOG.debug("command failed", e);
            String command = failed.getCommandSpec().qualifiedName();
            String userProblem = UserErrors.describe(e);
            if (userProblem != null) {
                // Bad input or a file the user named: the message says what is wrong, and where.
                failed.getErr().println(failed.getColorScheme().errorText(command + ": " + userProblem));
                return EXIT_USAGE;
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failed.getErr().println(failed.getColorScheme().errorText(command + ": internal error: " + message));
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    /**
     * Runs the chosen command; an OutOfMemoryError becomes a message and exit 1 instead of a stack trace. Sizes are
     * checked before allocating, so reaching this means a limit is missing: say what ran out.
     */
    private static int executeWithinMemory(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            CommandLine failed = parseResult.commandSpec().commandLine();
            failed.getErr().println(failed.getColorScheme().errorText("nodelab: ran out of memory ("
                    + e.getMessage() + "); try a smaller model, dataset or batch, or give Java more memory (-Xmx)"));
            return EXIT_FAILURE;
        }
    }

    private static int onBadArguments(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(failed.getColorScheme().errorText("nodelab: " + e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
        return EXIT_USAGE;
    }
}
