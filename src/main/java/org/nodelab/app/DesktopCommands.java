package org.nodelab.app;

import picocli.CommandLine;

import org.nodelab.app.headless.ScreenshotCommand;
import org.nodelab.app.headless.SoakCommand;
import org.nodelab.app.headless.UiBenchmarkCommand;

/**
 * The commands that need the desktop window, added to the command line by {@code Main}: {@code screenshot},
 * {@code bench ui} and {@code bench soak}. They live here because only the app may use JavaFX.
 */
public final class DesktopCommands {

    private DesktopCommands() {
    }

    public static void register(CommandLine commandLine) {
        commandLine.addSubcommand("screenshot", new ScreenshotCommand());
        CommandLine bench = commandLine.getSubcommands().get("bench");
        if (bench != null) {
            bench.addSubcommand("ui", new UiBenchmarkCommand());
            bench.addSubcommand("soak", new SoakCommand());
        }
    }
}
