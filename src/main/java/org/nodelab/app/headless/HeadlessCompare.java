package org.nodelab.app.headless;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;

import org.nodelab.app.compare.CompareWindow;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.session.reproduce.Reproduction;

/**
 * The real compare window without a display, for {@code screenshot --compare} and {@code bench ui --compare}:
 * the same Monocle platform as {@link HeadlessWindow}, with the screen sized as asked (presenter mode fills it).
 */
final class HeadlessCompare implements AutoCloseable {

    private final CompareWindow window;

    private HeadlessCompare(CompareWindow window) {
        this.window = window;
    }

    static HeadlessCompare open(List<Reproduction> presets, int width, int height) throws Exception {
        HeadlessWindow.useHeadlessPlatform();
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        return HeadlessWindow.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            CompareWindow w = new CompareWindow(null, null, presets, DeploymentMeasurement.WARMUP,
                    DeploymentMeasurement.CALLS);
            w.stage().setWidth(width);
            w.stage().setHeight(height);
            w.stage().show();
            return new HeadlessCompare(w);
        });
    }

    /** The window; touch it on the FX thread only. */
    CompareWindow window() {
        return window;
    }

    @Override
    public void close() throws Exception {
        Thread fxThread = HeadlessWindow.onFx(() -> {
            window.close();
            window.stage().close();
            return Thread.currentThread();
        });
        Platform.exit();
        fxThread.join(10_000);
    }
}
