package org.nodelab.app.headless;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.nodelab.app.window.WindowProbe;
import org.nodelab.io.JsonText;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.train.MemorySample;
import org.nodelab.train.TrainingConfig;

/**
 * One soak in this JVM, with whatever collector it runs: the default demo playing in the real main window,
 * headless, for a given time, with a memory sample at a fixed interval. The window is the point: the views,
 * charts and analysis allocate on their own threads, and a soak without them would miss their share.
 */
final class SoakRun {

    private final double seconds;
    private final double every;
    private final PrintWriter log;

    SoakRun(double seconds, double every, PrintWriter log) {
        if (!(seconds > 0) || !(every > 0)) {
            throw new IllegalArgumentException("the soak's length and its sampling interval must be positive");
        }
        this.seconds = seconds;
        this.every = every;
        this.log = log;
    }

    /** Runs the soak and returns its result: the collector, the samples and their {@link SoakStatistics}. */
    Map<String, Object> run() throws Exception {
        List<MemorySample> samples = new ArrayList<>();
        String state;
        try (HeadlessWindow h = HeadlessWindow.open(TrainingConfig.defaults(), 1280, 760)) {
            WindowProbe w = h.probe();
            if (!HeadlessWindow.await(() -> w.session().snapshot().state() == RunState.READY, 120)) {
                throw new IllegalStateException("the default demo was not ready to train within 120 s");
            }
            HeadlessWindow.onFx(() -> {
                w.session().play();
                return null;
            });
            log.printf(Locale.ROOT, "soak on %s for %.0f s, a sample every %.0f s%n", collector(), seconds, every);
            log.printf("%8s %10s %8s %10s %10s %10s %10s%n", "seconds", "iteration", "RSS MB", "javacpp MB",
                    "heap used", "heap comm.", "GCs");
            log.flush();
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            long next = t0;
            while (true) {
                SessionSnapshot s = HeadlessWindow.onFx(() -> w.session().snapshot());
                long iteration = s.latest() == null ? 0 : s.latest().iteration();
                MemorySample m = MemorySample.now((System.nanoTime() - t0) / 1e9, iteration);
                samples.add(m);
                log.printf(Locale.ROOT, "%8.0f %10d %8.1f %10.1f %10.1f %10.1f %10d%n", m.seconds(), m.iteration(),
                        m.rssMb(), m.javacppMb(), m.heapUsedMb(), m.heapCommittedMb(), collections());
                log.flush();
                if (System.nanoTime() >= end) {
                    break;
                }
                // Fixed instants rather than fixed sleeps, so that slow samples on a busy machine do not drift.
                next += (long) (every * 1e9);
                long wait = Math.min(next, end) - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            state = HeadlessWindow.onFx(() -> {
                RunState now = w.session().snapshot().state();
                w.session().pause();
                return now.toString();
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("collector", collector());
        out.put("seconds", JsonText.number(seconds));
        out.put("stateAtEnd", state);
        out.put("collections", collections());
        out.put("collectionSeconds", JsonText.number(collectionMillis() / 1e3));
        out.put("statistics", SoakStatistics.of(samples).toMap());
        out.put("samples", samples.stream().map(MemorySample::toMap).collect(Collectors.toList()));
        return out;
    }

    static String collector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }
}
