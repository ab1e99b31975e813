package org.nodelab.app.headless;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A soak in a child JVM with a chosen collector. The collector is fixed when a JVM starts, so comparing two
 * needs two JVMs: the same {@code java} (from {@code java.home}) and class path, this JVM's own options (the
 * packaged launcher's heap limit and JavaFX exports among them) less any that choose a collector or attach a
 * debugger, plus the collector's flag. The child's table goes to our log line by line; its one JSON line comes
 * back as a map. A child that overruns its bound is killed, so a hung window cannot hold the benchmark forever.
 */
final class ChildSoak {

    /** The entry point the child runs; Main may not be named from here (it sits above the app layer). */
    static final String MAIN_CLASS = "org.nodelab.Main";

    /** Start-up (ND4J and the window, on a busy machine) and shut-down on top of the soak itself. */
    static final double SLACK_SECONDS = 240;

    private final String label;
    private final String gcFlag;

    ChildSoak(String label, String gcFlag) {
        this.label = label;
        this.gcFlag = gcFlag;
    }

    /** The command line: java, inherited options, the collector's flag, class path, then {@code bench soak}. */
    List<String> command(double minutes, double every) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (inherited(option)) {
                cmd.add(option);
            }
        }
        cmd.add(gcFlag);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MAIN_CLASS);
        cmd.addAll(List.of("bench", "soak", "--gc", "current",
                "--minutes", Double.toString(minutes), "--every", Double.toString(every)));
        return cmd;
    }

    /** Whether one of our JVM options goes to the child: not a collector choice, an agent or a class path. */
    static boolean inherited(String option) {
        boolean collector = option.matches("-XX:[+-]Use\\w*GC");
        boolean agent = option.startsWith("-agentlib") || option.startsWith("-javaagent")
                || option.startsWith("-agentpath") || option.startsWith("-Xrunjdwp");
        boolean classPath = option.startsWith("-Djava.class.path=");
        return !collector && !agent && !classPath;
    }

    /** Runs the child to the end or to its bound; returns its JSON result, with the label and command added. */
    Map<String, Object> run(double minutes, double every, PrintWriter log) throws IOException, InterruptedException {
        List<String> cmd = command(minutes, every);
        log.printf(Locale.ROOT, "[%s] %s%n", label, String.join(" ", cmd));
        log.flush();
        Process child = new ProcessBuilder(cmd).start();
        child.getOutputStream().close();
        AtomicReference<String> json = new AtomicReference<>();
        Thread out = pump(child, true, line -> {
            if (line.startsWith("{")) {
                json.set(line);
            }
        });
        Thread err = pump(child, false, line -> {
            synchronized (log) {
                log.println("[" + label + "] " + line);
                log.flush();
            }
        });
        double bound = minutes * 60 + SLACK_SECONDS;
        boolean finished = child.waitFor((long) (bound * 1000), TimeUnit.MILLISECONDS);
        if (!finished) {
            child.destroy();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
        }
        out.join(10_000);
        err.join(10_000);
        if (!finished) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the %s soak did not finish within %.0f s and was stopped", label, bound));
        }
        if (child.exitValue() != 0 || json.get() == null) {
            throw new IllegalStateException("the " + label + " soak failed (exit status " + child.exitValue()
                    + "); its output is above");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = new ObjectMapper().readValue(json.get(), Map.class);
        result.put("jvm", label);
        result.put("command", cmd);
        return result;
    }

    private static Thread pump(Process child, boolean stdout, java.util.function.Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    stdout ? child.getInputStream() : child.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The child was stopped; what it printed so far has been passed on.
            }
        }, "soak-" + (stdout ? "out" : "err"));
        t.setDaemon(true);
        t.start();
        return t;
    }
}
