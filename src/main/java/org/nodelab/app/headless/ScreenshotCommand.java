package org.nodelab.app.headless;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nodelab.app.files.ExperimentFiles;
import org.nodelab.app.window.WindowProbe;
import org.nodelab.session.RunState;
import org.nodelab.train.TrainingConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Renders the main window mid-training to a PNG, headless: for the README and for looking at a change. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Train the default experiment headless for a while and save the main window as a PNG.")
public final class ScreenshotCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the PNG (default: nodelab.png).")
    Path out = Path.of("nodelab.png");

    @Option(names = "--iters", description = "Iterations to train before the picture (default: 150).")
    int iterations = 150;

    @Option(names = "--width", description = "Window width in pixels (default: 1280).")
    int width = 1280;

    @Option(names = "--height", description = "Window height in pixels (default: 760).")
    int height = 760;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--explore", description = "Show the system explorer (Van der Pol) instead of training.")
    boolean explore;

    @Option(names = "--sample", paramLabel = "ID",
            description = "Open this sample model (see sample-models/catalog.json) instead of training.")
    String sample;

    @Option(names = "--session", paramLabel = "FILE",
            description = "Open this session file (File > Open Session) and show it as saved, instead of training.")
    Path session;

    @Option(names = "--compare", paramLabel = "PRESET",
            description = "Show the compare window racing this preset (see nodelab reproduce) for --iters iterations.")
    String compare;

    @Option(names = "--tab", paramLabel = "compare|cost", description = "With --compare: the tab to show.")
    String tab = "compare";

    @Option(names = "--presenter", description = "With --compare: show presenter mode (full screen).")
    boolean presenter;

    @Override
    public Integer call() throws Exception {
        if (iterations < 0 || width < 640 || height < 480) {
            throw new IllegalArgumentException("--iters must be ≥ 0 and the window at least 640×480");
        }
        // Before the window opens and trains: a bad --out found after the picture would waste the run.
        org.nodelab.io.SafeFileWrite.checkWritable(out);
        if (compare != null) {
            CompareShot.take(org.nodelab.session.reproduce.Reproductions.fromId(compare), Math.max(1, iterations),
                    tab, presenter, width, height, out);
            spec.commandLine().getOut().println(org.nodelab.io.JsonText.of(
                    java.util.Map.of("screenshot", out.toAbsolutePath().toString())));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (HeadlessWindow h = HeadlessWindow.open(TrainingConfig.defaults(), width, height)) {
            WindowProbe w = h.probe();
            HeadlessWindow.onFx(() -> {
                w.setDark(dark);
                w.setExploring(explore);
                return null;
            });
            if (session != null) {
                // Read here first, so that a bad file is exit 2 with its message rather than a banner nobody sees.
                org.nodelab.io.SessionFiles.read(session);
                HeadlessWindow.onFx(() -> {
                    w.sessions().openSession(session);
                    return null;
                });
                HeadlessWindow.await(() -> w.session().snapshot().notice() != null
                        && w.session().snapshot().notice().startsWith("Reopened")
                        && w.session().snapshot().analysis() != null, 120);
            } else if (sample != null) {
                org.nodelab.io.SampleModel chosen = org.nodelab.io.SampleCatalog.find(sample);
                HeadlessWindow.onFx(() -> {
                    w.files().openSample(chosen);
                    return null;
                });
                HeadlessWindow.await(() -> w.session().snapshot().notice() != null
                        && w.session().snapshot().analysis() != null
                        && w.count("spectrum", "eigenvalues") > 0, 120);
            } else if (explore) {
                HeadlessWindow.await(() -> w.count("lyapunov", "points") > 0, 120);
            } else {
                HeadlessWindow.await(() -> w.session().snapshot().state() == RunState.READY, 120);
                if (iterations > 0) {
                    // Exactly N iterations: each step is one queued command, where play-then-pause overshot by
                    // the iteration running when the pause arrived ("--iters 100" showed iteration 101).
                    HeadlessWindow.onFx(() -> {
                        for (int i = 0; i < iterations; i++) {
                            w.session().step();
                        }
                        return null;
                    });
                    HeadlessWindow.await(() -> w.session().snapshot().latest() != null
                            && w.session().snapshot().latest().iteration() >= iterations, 600);
                }
                HeadlessWindow.await(() -> w.session().snapshot().state() != RunState.RUNNING, 60);
            }
            // The picture waits until the window has drawn the experiment's newest snapshot, not for a fixed time.
            HeadlessWindow.await(w::renderedNewest, 60);
            javafx.scene.image.WritableImage image = HeadlessWindow.onFx(w::snapshotImage);
            ExperimentFiles.writePng(image, out);
        }
        spec.commandLine().getOut().println(org.nodelab.io.JsonText.of(
                java.util.Map.of("screenshot", out.toAbsolutePath().toString())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
