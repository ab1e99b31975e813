package org.nodelab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nodelab.app.DesktopCommands;
import org.nodelab.app.NodeLabLauncher;
import org.nodelab.cli.CommandLineRunner;

/**
 * The one entry point. With no arguments it opens the desktop window; with arguments it runs the command line
 * and exits with its status.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: a plain main class lets
 * {@code java -jar} start with the JavaFX jars on the class path, and keeps JavaFX out of the command line.
 */
public final class Main {

    /** JavaCPP unpacks ND4J's native libraries here; the default lies next to the jars, read-only once installed. */
    static final String JAVACPP_CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";

    private Main() {
    }

    public static void main(String[] args) {
        configureNativeCache();
        // AWT only ever draws into images here (charts, SVG and PNG exports): headless, it never opens its own
        // X connection beside JavaFX's GTK one (which made GDK warn "XSetErrorHandler() called with a GDK error
        // trap pushed" once charts were drawn with Java2D).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (args.length == 0) {
            NodeLabLauncher.launch(args);
        } else {
            picocli.CommandLine commandLine = CommandLineRunner.newCommandLine();
            DesktopCommands.register(commandLine);
            System.exit(commandLine.execute(args));
        }
    }

    /**
     * Points JavaCPP's cache at ~/.nodelab/javacpp-cache unless the user chose a folder. Must run before any
     * ND4J or JavaCPP class loads, because JavaCPP reads the property once.
     */
    static void configureNativeCache() {
        if (System.getProperty(JAVACPP_CACHE_PROPERTY) != null) {
            return;
        }
        Path cache = Path.of(System.getProperty("user.home"), ".nodelab", "javacpp-cache");
        try {
            Files.createDirectories(cache);
        } catch (IOException | SecurityException e) {
            // Leave JavaCPP's default in place; it reports its own error if that is not writable either.
            return;
        }
        System.setProperty(JAVACPP_CACHE_PROPERTY, cache.toString());
    }
}
