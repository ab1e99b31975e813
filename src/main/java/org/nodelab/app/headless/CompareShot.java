package org.nodelab.app.headless;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.image.WritableImage;

import org.nodelab.app.compare.CompareWindow;
import org.nodelab.app.files.ExperimentFiles;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionOptions;

/** {@code screenshot --compare}: a preset raced to its end in the compare window, its tab or presenter mode. */
final class CompareShot {

    private CompareShot() {
    }

    static void take(Reproduction preset, int iterations, String tab, boolean presenter, int width, int height,
                     Path out) throws Exception {
        String which = tab.toLowerCase(Locale.ROOT);
        if (!which.equals("compare") && !which.equals("cost")) {
            throw new IllegalArgumentException("--tab is compare or cost, not " + tab);
        }
        try (HeadlessCompare h = HeadlessCompare.open(List.of(preset), width, height)) {
            CompareWindow w = h.window();
            HeadlessWindow.onFx(() -> {
                w.openAndRace(preset, new ReproductionOptions(null, iterations));
                w.selectTab(which.equals("cost") ? 1 : 0);
                return null;
            });
            // Each run measures its cost once its race is over; the picture waits for every card.
            HeadlessWindow.await(() -> w.model().finished() && !w.model().racing(), 1200);
            // The picture shows the preset's verdict, which comes a moment after the last run finishes.
            HeadlessWindow.await(() -> !w.figures().get("seconds to verdict").equals("NaN")
                    || w.figures().get("verdict").startsWith("No verdict"), 300);
            int runs = HeadlessWindow.onFx(() -> w.model().shownRows().size());
            if (which.equals("cost") || presenter) {
                HeadlessWindow.onFx(() -> {
                    w.selectTab(1);
                    return null;
                });
                HeadlessWindow.await(() -> w.figures().get("cost cards with numbers").equals(Integer.toString(runs)),
                        300);
                HeadlessWindow.onFx(() -> {
                    w.selectTab(which.equals("cost") ? 1 : 0);
                    return null;
                });
            }
            if (presenter) {
                HeadlessWindow.onFx(() -> {
                    w.togglePresenter();
                    return null;
                });
            }
            Thread.sleep(1500);
            WritableImage image = HeadlessWindow.onFx(() -> {
                w.flushCharts();
                return presenter ? w.presenterStage().getScene().snapshot(null) : w.scene().snapshot(null);
            });
            ExperimentFiles.writePng(image, out);
        }
    }
}
