package org.nodelab.app.headless;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nodelab.app.compare.CompareWindow;
import org.nodelab.app.compare.LiveRun;
import org.nodelab.app.compare.RunRow;
import org.nodelab.io.JsonText;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionOptions;
import org.nodelab.train.TrainingConfig;

/**
 * {@code bench ui --compare N}: the compare window headless with N live runs racing at once (the default demo's
 * config in several families and seeds), the FX thread's time per pulse over the measured seconds, and each
 * run's it/s there against the same run trained alone afterwards over the same iterations, in this invocation.
 * With {@code --preset ID} it races that preset's runs to their iteration count instead and reports the wall
 * time until every run is done (the preset's verdict).
 */
final class CompareBenchmark {

    private static final String[] FAMILIES = {"hbnode", "node", "ghbnode", "anode", "sonode", "hbnode", "node",
        "ghbnode"};
    /** The races run past the measured span; the bound only keeps a run from training forever. */
    private static final int ENDLESS = 1_000_000;

    private CompareBenchmark() {
    }

    /** The N runs: the default demo in a family each, seeds 1.. so that no two are the same run. */
    static List<TrainingConfig> configs(int n) {
        List<TrainingConfig> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long seed = i + 1;
            String family = FAMILIES[i];
            out.add(TrainingConfig.defaults().withModel(m -> m.withFamily(ModelFamilies.fromId(family))
                    .withSeed(seed)));
        }
        return out;
    }

    static Map<String, Object> runs(int n, double warmup, double seconds, PrintWriter err) throws Exception {
        List<TrainingConfig> configs = configs(n);
        err.printf(Locale.ROOT, "JIT warm-up: %d iterations without measuring, %.1f s%n", JitWarmUp.ITERATIONS,
                JitWarmUp.train(configs.get(0), JitWarmUp.ITERATIONS));
        List<String> names = new ArrayList<>();
        int[] from = new int[n];
        int[] to = new int[n];
        double wall;
        double[] p;
        long pulseCount;
        String profile;
        try (HeadlessCompare h = HeadlessCompare.open(List.of(), 1280, 720)) {
            CompareWindow w = h.window();
            HeadlessWindow.onFx(() -> {
                for (int i = 0; i < n; i++) {
                    String family = configs.get(i).model().family().id().toUpperCase(Locale.ROOT);
                    names.add(family + ", seed " + (i + 1));
                    w.model().addTraining(names.get(i), null, configs.get(i), ENDLESS);
                }
                w.model().startAll();
                return null;
            });
            HeadlessWindow.await(() -> w.model().rows().stream().allMatch(r -> LiveRun.iterations(
                    r.live().latest()) > 0), 300);
            Thread.sleep((long) (warmup * 1000));
            List<SessionSnapshot> start = HeadlessWindow.onFx(() -> {
                w.pulses().clear();
                return snapshots(w);
            });
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            List<SessionSnapshot> end = HeadlessWindow.onFx(() -> snapshots(w));
            wall = (System.nanoTime() - t0) / 1e9;
            p = HeadlessWindow.onFx(() -> w.pulses().percentilesMillis(0.5, 0.9, 0.99, 1.0));
            pulseCount = HeadlessWindow.onFx(() -> w.pulses().pulses());
            profile = HeadlessWindow.onFx(w::renderSummary);
            HeadlessWindow.onFx(() -> {
                w.model().pauseAll();
                return null;
            });
            for (int i = 0; i < n; i++) {
                from[i] = LiveRun.iterations(start.get(i));
                to[i] = LiveRun.iterations(end.get(i));
            }
        }
        err.print(profile);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "ui --compare");
        result.put("runs", n);
        result.put("seconds", seconds);
        result.put("pulses", pulseCount);
        result.put("fxMillisP50", p[0]);
        result.put("fxMillisP90", p[1]);
        result.put("fxMillisP99", p[2]);
        result.put("fxMillisMax", p[3]);
        err.printf(Locale.ROOT, "FX thread per pulse with %d live runs, over %d pulses: p50 %.2f ms, p90 %.2f ms, "
                + "p99 %.2f ms, max %.2f ms (budget: p99 ≤ 16 ms)%n", n, pulseCount, p[0], p[1], p[2], p[3]);
        List<Map<String, Object>> table = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double together = (to[i] - from[i]) / wall;
            double alone = alone(configs.get(i), from[i], to[i]);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run", names.get(i));
            row.put("iterationsFrom", from[i]);
            row.put("iterationsTo", to[i]);
            row.put("itPerSecondTogether", JsonText.number(together));
            row.put("itPerSecondAlone", JsonText.number(alone));
            row.put("togetherOverAlone", JsonText.number(together / alone));
            table.add(row);
            err.printf(Locale.ROOT, "%-16s iterations %d–%d: %.2f it/s with %d racing in the window, %.2f it/s "
                    + "alone without a window; together/alone %.3f%n", names.get(i), from[i], to[i], together, n,
                    alone, together / alone);
        }
        result.put("perRun", table);
        return result;
    }

    /** The same config trained alone in a session (as the compare window trains it), over the same iterations. */
    private static double alone(TrainingConfig config, int from, int to) throws InterruptedException {
        if (to <= from) {
            return Double.NaN;
        }
        try (ExperimentSession session = new ExperimentSession(config.withAnalysisEvery(Integer.MAX_VALUE))) {
            session.play();
            while (LiveRun.iterations(session.snapshot()) < from) {
                failIfFaulted(session);
                Thread.sleep(2);
            }
            int started = LiveRun.iterations(session.snapshot());
            long t0 = System.nanoTime();
            while (LiveRun.iterations(session.snapshot()) < to) {
                failIfFaulted(session);
                Thread.sleep(2);
            }
            int done = LiveRun.iterations(session.snapshot());
            double rate = (done - started) / ((System.nanoTime() - t0) / 1e9);
            session.pause();
            return rate;
        }
    }

    private static void failIfFaulted(ExperimentSession s) {
        if (s.snapshot().state() == RunState.FAULTED) {
            throw new IllegalStateException("the run alone stopped: " + s.snapshot().problem());
        }
    }

    private static List<SessionSnapshot> snapshots(CompareWindow w) {
        return w.model().rows().stream().map(RunRow::live).map(LiveRun::latest).toList();
    }

    /** The preset raced to its end with every run live: wall seconds to the verdict, and the FX pulses meanwhile. */
    static Map<String, Object> preset(Reproduction preset, PrintWriter err) throws Exception {
        double wall;
        double verdictWall;
        String verdict;
        double[] p;
        long pulseCount;
        List<Map<String, Object>> table = new ArrayList<>();
        try (HeadlessCompare h = HeadlessCompare.open(List.of(preset), 1280, 720)) {
            CompareWindow w = h.window();
            long t0 = System.nanoTime();
            HeadlessWindow.onFx(() -> {
                w.pulses().clear();
                w.openAndRace(preset, ReproductionOptions.DEFAULTS);
                return null;
            });
            if (!HeadlessWindow.await(() -> w.model().finished() && !w.model().racing(), 1800)) {
                throw new IllegalStateException("the preset did not finish within 30 minutes");
            }
            wall = (System.nanoTime() - t0) / 1e9;
            // The verdict: the trained runs studied as nodelab reproduce studies them (a tolerance sweep for
            // momentum), on a background thread once the last run finished.
            if (!HeadlessWindow.await(() -> !w.figures().get("seconds to verdict").equals("NaN")
                    || w.figures().get("verdict").startsWith("No verdict"), 600)) {
                throw new IllegalStateException("the preset's verdict did not come within 10 minutes of its end");
            }
            verdictWall = (System.nanoTime() - t0) / 1e9;
            verdict = HeadlessWindow.onFx(() -> w.figures().get("verdict"));
            p = HeadlessWindow.onFx(() -> w.pulses().percentilesMillis(0.5, 0.9, 0.99, 1.0));
            pulseCount = HeadlessWindow.onFx(() -> w.pulses().pulses());
            HeadlessWindow.onFx(() -> {
                for (RunRow r : w.model().rows()) {
                    SessionSnapshot s = r.live().latest();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("run", r.name());
                    row.put("iterations", LiveRun.iterations(s));
                    row.put("target", r.live().target());
                    row.put("state", s.state().name());
                    row.put("trainingSeconds", JsonText.number(s.elapsedSeconds()));
                    table.add(row);
                }
                return null;
            });
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "ui --compare-preset");
        result.put("preset", preset.id());
        result.put("wallSecondsToFinish", JsonText.number(wall));
        result.put("wallSecondsToVerdict", JsonText.number(verdictWall));
        result.put("verdict", List.of(verdict.split("\n")));
        result.put("pulses", pulseCount);
        result.put("fxMillisP50", p[0]);
        result.put("fxMillisP99", p[2]);
        result.put("fxMillisMax", p[3]);
        result.put("perRun", table);
        err.printf(Locale.ROOT, "%s: every run trained to its iteration count %.1f s after opening the preset, "
                + "all live (%d processors), and the verdict showed at %.1f s; FX per pulse p50 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms%n", preset.id(), wall, Runtime.getRuntime().availableProcessors(), verdictWall, p[0],
                p[2], p[3]);
        err.println("  verdict: " + verdict.replace("\n", "\n           "));
        for (Map<String, Object> row : table) {
            err.println("  " + row);
        }
        return result;
    }
}
