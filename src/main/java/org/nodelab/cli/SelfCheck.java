package org.nodelab.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;
import org.nodelab.train.Evaluation;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.Trainer;

/**
 * {@code nodelab --self-check}: proves that an installed NODE Lab works on this machine without opening a
 * window. It checks the Java runtime, that ND4J's native libraries load and compute, that JavaFX is present
 * exactly once, and, for every sample model in the catalog, that it loads, evaluates to the test loss recorded
 * when it was trained, and trains {@value #TRAIN_ITERATIONS} iterations onward from its saved weights. One line
 * per check on stdout ({@code ok} or {@code FAIL}); exit status 0 when all pass, 1 otherwise.
 */
final class SelfCheck {

    static final int TRAIN_ITERATIONS = 5;
    /**
     * How far a re-evaluated test loss may drift, relative to the recorded one. Same data, weights and solver
     * give the same loss to the last bit on the machine that trained it; another CPU may round a few products
     * differently (about 1e-15), while a wrong library or a changed weight moves it by far more.
     */
    static final double LOSS_TOLERANCE = 1e-6;

    /** Where the samples come from (the built-in catalog; tests substitute their own). */
    interface Samples {
        List<SampleModel> list();

        LoadedModel load(SampleModel sample) throws IOException;
    }

    static final Samples BUILT_IN = new Samples() {
        @Override
        public List<SampleModel> list() {
            return SampleCatalog.builtIn();
        }

        @Override
        public LoadedModel load(SampleModel sample) throws IOException {
            return SampleCatalog.load(sample);
        }
    };

    @FunctionalInterface
    private interface Check {
        /** Runs the check and returns what it found, for the ok line; throws when the check fails. */
        String run() throws Exception;
    }

    /**
     * What ControlsFX needs from JavaFX's internals when JavaFX is a set of named modules (the packaged app);
     * jpackage/Package.java passes the same list to the launcher. On the class path everything is open anyway.
     */
    static final List<String> CONTROLSFX_ACCESS = List.of(
            "--add-exports javafx.base/com.sun.javafx.event",
            "--add-exports javafx.controls/com.sun.javafx.scene.control",
            "--add-exports javafx.controls/com.sun.javafx.scene.control.behavior",
            "--add-opens javafx.graphics/javafx.scene",
            "--add-opens javafx.controls/javafx.scene.control.skin");

    private final PrintWriter out;
    private final Samples samples;
    private int passed;
    private int failed;

    SelfCheck(PrintWriter out, Samples samples) {
        this.out = out;
        this.samples = samples;
    }

    int run() {
        long started = System.nanoTime();
        check("java", SelfCheck::java);
        boolean nd4j = check("nd4j", SelfCheck::nd4j);
        check("javafx", SelfCheck::javafx);
        check("priority", SelfCheck::priority);
        if (nd4j) {
            List<SampleModel> list = new ArrayList<>();
            check("samples", () -> {
                list.addAll(samples.list());
                return list.size() + " in the catalog: "
                        + String.join(", ", list.stream().map(SampleModel::id).toList());
            });
            for (SampleModel sample : list) {
                checkSample(sample);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failed == 0) {
            out.printf(Locale.ROOT, "self-check passed: %d checks in %.1f s%n", passed, seconds);
        } else {
            out.printf(Locale.ROOT, "self-check FAILED: %d of %d checks failed (%.1f s)%n", failed, passed + failed,
                    seconds);
        }
        out.flush();
        return failed == 0 ? CommandLineRunner.EXIT_OK : CommandLineRunner.EXIT_FAILURE;
    }

    private void checkSample(SampleModel sample) {
        LoadedModel[] loaded = new LoadedModel[1];
        try {
            boolean evaluated = check(sample.id() + " eval", () -> {
                long t0 = System.nanoTime();
                loaded[0] = samples.load(sample);
                try (Trainer trainer = trainerAt(loaded[0])) {
                    Evaluation test = trainer.evaluate(trainer.solverOptions());
                    if (test.problem() != null) {
                        throw new IllegalStateException("the test solve stopped: " + test.problem());
                    }
                    double recorded = loaded[0].history().finalTestLoss();
                    if (!(Math.abs(test.loss() - recorded) <= LOSS_TOLERANCE * Math.abs(recorded))) {
                        throw new IllegalStateException(String.format(Locale.ROOT, "test loss %.6g, but %.6g was "
                                + "recorded when it was trained", test.loss(), recorded));
                    }
                    return String.format(Locale.ROOT, "%s on %s, %d parameters: test loss %.4f as recorded, "
                                    + "accuracy %.1f%%, %d NFE (%.2f s)", loaded[0].model().family().id(),
                            loaded[0].config().data().dataset(), loaded[0].model().parameterCount(), test.loss(),
                            100 * test.accuracy(), test.nfe(), (System.nanoTime() - t0) / 1e9);
                }
            });
            if (!evaluated) {
                return;
            }
            check(sample.id() + " train", () -> {
                long t0 = System.nanoTime();
                try (Trainer trainer = trainerAt(loaded[0])) {
                    double first = Double.NaN;
                    double last = Double.NaN;
                    for (int i = 0; i < TRAIN_ITERATIONS; i++) {
                        IterationMetrics m = trainer.step();
                        if (m.failed()) {
                            throw new IllegalStateException("iteration " + m.iteration() + " failed: " + m.fault());
                        }
                        if (i == 0) {
                            first = m.trainLoss();
                        }
                        last = m.trainLoss();
                    }
                    return String.format(Locale.ROOT, "%d iterations from the saved weights (fresh Adam state), "
                            + "loss %.4f -> %.4f (%.2f s)", TRAIN_ITERATIONS, first, last,
                            (System.nanoTime() - t0) / 1e9);
                }
            });
        } finally {
            if (loaded[0] != null) {
                loaded[0].model().close();
            }
        }
    }

    /** A trainer on the sample's data and settings, holding the sample's weights (as {@code eval} does). */
    private static Trainer trainerAt(LoadedModel loaded) {
        Trainer trainer = new Trainer(loaded.config());
        System.arraycopy(loaded.model().parameters(), 0, trainer.model().parameters(), 0,
                loaded.model().parameterCount());
        trainer.model().parametersChanged();
        return trainer;
    }

    private boolean check(String name, Check check) {
        String result;
        try {
            result = check.run();
        } catch (Throwable e) {
            // Linkage errors (missing natives, missing classes) are what a broken package throws: report them too.
            failed++;
            out.println("FAIL  " + name + ": " + describe(e));
            out.flush();
            return false;
        }
        passed++;
        out.println("ok    " + name + ": " + result);
        out.flush();
        return true;
    }

    /** The message chain, so that "ExceptionInInitializerError" comes with the library it could not load. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 600; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            String message = t.getMessage();
            text.append(message == null || message.isBlank() ? t.getClass().getSimpleName() : message);
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private static String java() {
        return System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ") in "
                + System.getProperty("java.home");
    }

    /**
     * Trainer threads give way to the FX thread (BackgroundPriority); on Linux that needs JNA's native library,
     * which a package could miss. Tried on a thread of its own, since a thread cannot raise its priority again.
     */
    private static String priority() throws Exception {
        java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                boolean lowered = org.nodelab.session.BackgroundPriority.lowerCurrentThread();
                Integer nice = org.nodelab.session.BackgroundPriority.currentNice();
                if (nice == null && System.getProperty("os.name", "").startsWith("Linux")) {
                    result.completeExceptionally(new IllegalStateException("JNA could not load the C library, so "
                            + "trainer threads would take cores from the window"));
                } else {
                    result.complete(nice == null ? "Java priority only on this system"
                            : "a trainer thread runs at nice " + nice + (lowered ? "" : " (could not lower it)"));
                }
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "nodelab-self-check-priority");
        t.start();
        return result.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Loads the backend and multiplies a 2×2 matrix by itself: [[1,2],[3,4]]² = [[7,10],[15,22]]. */
    private static String nd4j() throws IOException {
        INDArray a = Nd4j.create(new double[][] {{1, 2}, {3, 4}});
        INDArray product = a.mmul(a);
        double[] expected = {7, 10, 15, 22};
        double[] got = product.ravel().toDoubleVector();
        for (int i = 0; i < expected.length; i++) {
            if (got[i] != expected[i]) {
                throw new IllegalStateException("[[1,2],[3,4]]^2 came out as " + java.util.Arrays.toString(got));
            }
        }
        File cache = Loader.getCacheDir();
        return Nd4j.getBackend().getClass().getSimpleName() + ", nd4j-native "
                + Loader.getVersion("org.nd4j", "nd4j-native") + ", javacpp " + Loader.getVersion() + " "
                + Loader.getPlatform() + ", natives cached in " + cache + "; a 2x2 product checks";
    }

    /**
     * JavaFX must be there (the desktop app needs it) and only once: an image whose runtime holds the JavaFX
     * modules must not also carry the JavaFX jars on its class path. Looked up by name, without loading it.
     */
    private static String javafx() throws IOException {
        List<String> copies = new ArrayList<>();
        Optional<Module> graphics = ModuleLayer.boot().findModule("javafx.graphics");
        graphics.ifPresent(m -> copies.add("module " + m.getName() + " in the runtime image"));
        for (URL url : Collections.list(
                ClassLoader.getSystemClassLoader().getResources("javafx/application/Platform.class"))) {
            String where = url.toString();
            if (!where.startsWith("jrt:")) {
                int end = where.indexOf("!/");
                copies.add("class path " + (end < 0 ? where : where.substring(0, end)));
            }
        }
        if (copies.isEmpty()) {
            throw new IllegalStateException("javafx.graphics is neither in the runtime nor on the class path; "
                    + "the desktop app cannot start");
        }
        if (copies.size() > 1) {
            throw new IllegalStateException("JavaFX is present " + copies.size() + " times: "
                    + String.join(", ", copies));
        }
        if (graphics.isEmpty()) {
            return copies.get(0);
        }
        // JavaFX as named modules: ControlsFX, on the class path, needs these internals opened to it.
        Module classPath = SelfCheck.class.getModule();
        List<String> missing = new ArrayList<>();
        for (String access : CONTROLSFX_ACCESS) {
            String[] parts = access.split("[ /]");
            Optional<Module> module = ModuleLayer.boot().findModule(parts[1]);
            boolean granted = module.isPresent() && (parts[0].equals("--add-opens")
                    ? module.get().isOpen(parts[2], classPath) : module.get().isExported(parts[2], classPath));
            if (!granted) {
                missing.add(parts[0] + "=" + parts[1] + "/" + parts[2] + "=ALL-UNNAMED");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("JavaFX runs as modules but the launcher lacks the options ControlsFX "
                    + "needs: " + String.join(" ", missing));
        }
        return copies.get(0) + ", with the " + CONTROLSFX_ACCESS.size() + " exports and opens ControlsFX needs";
    }
}
