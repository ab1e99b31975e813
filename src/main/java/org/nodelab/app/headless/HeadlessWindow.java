package org.nodelab.app.headless;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.nodelab.app.window.MainWindow;
import org.nodelab.app.window.NodeLabApp;
import org.nodelab.app.window.WindowProbe;
import org.nodelab.train.TrainingConfig;

/**
 * The real main window without a display, for the benchmark and the screenshot command: JavaFX on Monocle's
 * headless platform with the software renderer, the same setup the UI tests use.
 */
final class HeadlessWindow implements AutoCloseable {

    private final MainWindow window;
    private final Stage stage;

    private HeadlessWindow(MainWindow window, Stage stage) {
        this.window = window;
        this.stage = stage;
    }

    /** Must run before anything touches JavaFX: the platform is chosen once, at start-up. */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1280x800-32");
    }

    static HeadlessWindow open(TrainingConfig config, double width, double height) throws Exception {
        useHeadlessPlatform();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // The window is closed before the measurements end; the toolkit stops when close() says so.
        Platform.setImplicitExit(false);
        return onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, config);
            stage.setTitle(NodeLabApp.TITLE);
            stage.setScene(w.scene());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            w.shown();
            return new HeadlessWindow(w, stage);
        });
    }

    /** What the commands read and do in the window; call it on the FX thread. */
    WindowProbe probe() {
        return window.probe();
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds or the time runs out. */
    static boolean await(Supplier<Boolean> condition, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            if (onFx(condition)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        Thread fxThread = onFx(() -> {
            window.close();
            stage.close();
            return Thread.currentThread();
        });
        Platform.exit();
        // Platform.exit returns at once; exiting the JVM before the toolkit has stopped makes it fail noisily.
        fxThread.join(10_000);
    }
}
