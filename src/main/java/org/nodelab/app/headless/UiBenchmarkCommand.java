package org.nodelab.app.headless;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.nodelab.app.window.WindowProbe;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The FX thread's cost while the default demo trains with every view visible, headless: the distribution of
 * FX-thread time per pulse, and the trainer's speed with the UI against a headless trainer on the same config
 * over the same iterations, measured one after the other in this run.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Run the main window headless while the default demo trains, and print the FX-thread time "
                + "per pulse (p50/p90/p99/max) and it/s with the UI against it/s without it.")
public final class UiBenchmarkCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--seconds", description = "How long to measure with the UI (default: 30).")
    double seconds = 30;

    @Option(names = "--warmup", description = "Seconds of training before measuring (default: 3).")
    double warmup = 3;

    @Option(names = "--compare", paramLabel = "N",
            description = "Measure the compare window with N (2-8) live runs racing instead of the main window.")
    Integer compare;

    @Option(names = "--compare-preset", paramLabel = "ID",
            description = "Race this preset's runs in the compare window to their end and print the wall time.")
    String comparePreset;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter stderr = spec.commandLine().getErr();
        if (!(seconds > 0) || !(warmup >= 0)) {
            throw new IllegalArgumentException("--seconds must be positive and --warmup not negative");
        }
        if (compare != null || comparePreset != null) {
            if (compare != null && (compare < 2 || compare > org.nodelab.app.compare.CompareModel.MAX_RUNS)) {
                throw new IllegalArgumentException("--compare takes 2 to 8 runs, not " + compare);
            }
            java.util.Map<String, Object> result = comparePreset != null
                    ? CompareBenchmark.preset(org.nodelab.session.reproduce.Reproductions.fromId(comparePreset), stderr)
                    : CompareBenchmark.runs(compare, warmup, seconds, stderr);
            spec.commandLine().getOut().println(org.nodelab.io.JsonText.of(result));
            spec.commandLine().getOut().flush();
            return 0;
        }
        TrainingConfig config = TrainingConfig.defaults();
        stderr.printf(Locale.ROOT, "JIT warm-up: %d iterations without measuring, %.1f s%n", JitWarmUp.ITERATIONS,
                JitWarmUp.train(config, JitWarmUp.ITERATIONS));
        int from;
        int to;
        double uiRate;
        double[] p;
        long pulseCount;
        try (HeadlessWindow h = HeadlessWindow.open(config, 1280, 760)) {
            WindowProbe w = h.probe();
            HeadlessWindow.await(() -> w.session().snapshot().state() == RunState.READY, 120);
            HeadlessWindow.onFx(() -> {
                w.session().play();
                return null;
            });
            Thread.sleep((long) (warmup * 1000));
            SessionSnapshot start = HeadlessWindow.onFx(() -> {
                w.pulses().clear();
                w.profile().clear();
                return w.session().snapshot();
            });
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            SessionSnapshot end = HeadlessWindow.onFx(() -> w.session().snapshot());
            double wall = (System.nanoTime() - t0) / 1e9;
            p = HeadlessWindow.onFx(() -> w.pulses().percentilesMillis(0.5, 0.9, 0.99, 1.0));
            pulseCount = HeadlessWindow.onFx(() -> w.pulses().pulses());
            stderr.print(HeadlessWindow.onFx(() -> w.profile().summary()));
            HeadlessWindow.onFx(() -> {
                w.session().pause();
                return null;
            });
            from = start.latest() == null ? 0 : start.latest().iteration();
            to = end.latest() == null ? 0 : end.latest().iteration();
            uiRate = (to - from) / wall;
        }
        // The same config and seed trained without any UI over the same iterations: NFE grows as a model learns,
        // so only equal iteration ranges compare. First a session (training plus its analysis, as the window
        // shows it), then a bare trainer.
        double sessionRate;
        try (ExperimentSession session = new ExperimentSession(config)) {
            session.play();
            while (session.snapshot().latest() == null || session.snapshot().latest().iteration() < from) {
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            while (session.snapshot().latest().iteration() < to) {
                Thread.sleep(5);
            }
            sessionRate = (session.snapshot().latest().iteration() - from) / ((System.nanoTime() - t0) / 1e9);
            session.pause();
        }
        double headlessRate;
        try (Trainer trainer = new Trainer(config)) {
            for (int i = 0; i < from; i++) {
                trainer.step();
            }
            long t0 = System.nanoTime();
            for (int i = from; i < to; i++) {
                trainer.step();
            }
            headlessRate = (to - from) / ((System.nanoTime() - t0) / 1e9);
        }
        java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("benchmark", "ui");
        result.put("seconds", seconds);
        result.put("pulses", pulseCount);
        result.put("fxMillisP50", p[0]);
        result.put("fxMillisP90", p[1]);
        result.put("fxMillisP99", p[2]);
        result.put("fxMillisMax", p[3]);
        result.put("iterationsFrom", from);
        result.put("iterationsTo", to);
        result.put("itPerSecondWithUi", org.nodelab.io.JsonText.number(uiRate));
        result.put("itPerSecondSessionNoUi", org.nodelab.io.JsonText.number(sessionRate));
        result.put("itPerSecondTrainerOnly", org.nodelab.io.JsonText.number(headlessRate));
        result.put("uiOverSession", org.nodelab.io.JsonText.number(uiRate / sessionRate));
        result.put("uiOverTrainer", org.nodelab.io.JsonText.number(uiRate / headlessRate));
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(org.nodelab.io.JsonText.of(result));
        stdout.flush();
        stderr.printf(Locale.ROOT, "FX thread per pulse over %d pulses: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms (budget: p99 ≤ 16 ms)%n", pulseCount, p[0], p[1], p[2], p[3]);
        stderr.printf(Locale.ROOT, "iterations %d–%d: %.2f it/s with the UI, %.2f it/s in a session without UI "
                        + "(training plus analysis), %.2f it/s for the bare trainer; UI/session %.3f, UI/trainer %.3f%n",
                from, to, uiRate, sessionRate, headlessRate, uiRate / sessionRate, uiRate / headlessRate);
        return 0;
    }
}
