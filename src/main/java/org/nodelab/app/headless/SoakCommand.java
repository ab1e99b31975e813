package org.nodelab.app.headless;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nodelab.io.JsonText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench soak}: does memory stay flat over a long session, whichever collector runs? The default demo
 * plays in the real window, headless, for N minutes, while resident, native and heap memory are sampled. With
 * {@code --gc both} (the default) it runs twice in child JVMs, on G1 and on Serial GC (what the JVM picks with
 * one CPU), one after the other so they do not compete for the cores, and prints both with their ratio.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Play the default demo in the headless main window for N minutes, sampling resident "
                + "memory (VmRSS), JavaCPP's bytes and the heap; print a table on stderr and one JSON object with "
                + "the samples, the plateau (median RSS, second half), the max and the slope of RSS per 1,000 "
                + "iterations (second half). --gc g1, serial or both run child JVMs with that collector; "
                + "--gc current runs in this JVM.")
public final class SoakCommand implements Callable<Integer> {

    /** The collectors a soak can run on, and the flag that picks each in a child JVM. */
    enum Gc {
        G1("-XX:+UseG1GC"), SERIAL("-XX:+UseSerialGC"), BOTH(null), CURRENT(null);

        final String flag;

        Gc(String flag) {
            this.flag = flag;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", defaultValue = "30", description = "Minutes per collector (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--gc", defaultValue = "both", converter = GcConverter.class,
            description = "g1, serial, both or current (this JVM's collector) (default: ${DEFAULT-VALUE}).")
    Gc gc;

    @Option(names = "--every", defaultValue = "10", description = "Seconds between samples (default: ${DEFAULT-VALUE}).")
    double every;

    @Override
    public Integer call() throws Exception {
        // A day is far more than any soak needs; the bound keeps a typo from holding the machine for a week.
        if (!(minutes > 0) || minutes > 24 * 60 || !(every > 0) || every > minutes * 60) {
            throw new IllegalArgumentException("--minutes must be in (0, 1440] and --every positive and no longer "
                    + "than the soak");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "soak");
        out.put("minutes", JsonText.number(minutes));
        out.put("everySeconds", JsonText.number(every));
        switch (gc) {
            case CURRENT:
                out.putAll(new SoakRun(minutes * 60, every, err).run());
                summarize(err, "this JVM", out);
                break;
            case BOTH:
                Map<String, Object> g1 = new ChildSoak("g1", Gc.G1.flag).run(minutes, every, err);
                Map<String, Object> serial = new ChildSoak("serial", Gc.SERIAL.flag).run(minutes, every, err);
                out.put("g1", g1);
                out.put("serial", serial);
                out.put("serialOverG1", ratios(serial, g1));
                summarize(err, "g1", g1);
                summarize(err, "serial", serial);
                break;
            default:
                Map<String, Object> one = new ChildSoak(gc.name().toLowerCase(Locale.ROOT), gc.flag)
                        .run(minutes, every, err);
                out.put(gc.name().toLowerCase(Locale.ROOT), one);
                summarize(err, gc.name().toLowerCase(Locale.ROOT), one);
                break;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(JsonText.of(out));
        stdout.flush();
        return 0;
    }

    /** Serial's plateau and max over G1's: how much more memory the other collector needs. */
    static Map<String, Object> ratios(Map<String, Object> serial, Map<String, Object> g1) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String key : new String[] {"plateauRssMb", "maxRssMb"}) {
            r.put(key, JsonText.number(figure(serial, key) / figure(g1, key)));
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    static double figure(Map<String, Object> run, String key) {
        Object stats = run.get("statistics");
        Object v = stats instanceof Map ? ((Map<String, Object>) stats).get(key) : null;
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }

    private static void summarize(PrintWriter err, String label, Map<String, Object> run) {
        err.printf(Locale.ROOT, "%s (%s): RSS plateau %.0f MB, max %.0f MB, slope %+.1f MB per 1,000 iterations "
                        + "over iterations %s–%s%n", label, run.get("collector"), figure(run, "plateauRssMb"),
                figure(run, "maxRssMb"), figure(run, "slopeRssMbPer1000Iterations"),
                stat(run, "secondHalfFromIteration"), stat(run, "secondHalfToIteration"));
        err.flush();
    }

    @SuppressWarnings("unchecked")
    private static Object stat(Map<String, Object> run, String key) {
        Object stats = run.get("statistics");
        return stats instanceof Map ? ((Map<String, Object>) stats).get(key) : null;
    }

    /** Accepts the collector's name in any case. */
    static final class GcConverter implements picocli.CommandLine.ITypeConverter<Gc> {
        @Override
        public Gc convert(String value) {
            try {
                return Gc.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a collector; use g1, serial, both or current");
            }
        }
    }
}
