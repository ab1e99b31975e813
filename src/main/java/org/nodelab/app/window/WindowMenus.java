package org.nodelab.app.window;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.nodelab.app.files.ExperimentFiles;
import org.nodelab.app.files.ExportFiles;
import org.nodelab.app.files.SessionDocuments;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The menu bar: File (samples, models, CSV, sessions, screenshots), Run (with the shortcuts), View and Help. */
final class WindowMenus {

    private static final Logger LOG = LoggerFactory.getLogger(WindowMenus.class);

    private WindowMenus() {
    }

    static MenuBar create(RunHost window, ExperimentFiles files, SessionDocuments sessions, ExportFiles exports,
                          Stage stage, BooleanProperty dark) {
        return new MenuBar(fileMenu(window, files, sessions, exports, stage), runMenu(window), viewMenu(window, dark),
                helpMenu(stage));
    }

    /** File → Export: pictures at a chosen scale, the charts as vectors, and the numbers behind them. */
    private static Menu exportMenu(ExportFiles exports) {
        Menu export = new Menu("Export");
        export.setId("exportMenu");
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            export.getItems().add(item("Window as PNG, " + scale + "× (" + (scale == 1 ? "screen" : scale == 2
                    ? "slides" : "print") + ")…", () -> exports.choosePng(s), null));
        }
        export.getItems().addAll(item("Charts as SVG…", exports::chooseSvgFolder, null),
                item("Views' Data as CSV…", exports::chooseCsvFolder, null),
                item("Run History as CSV…", exports::chooseHistoryTarget, null));
        return export;
    }

    private static Menu fileMenu(RunHost window, ExperimentFiles files, SessionDocuments sessions,
                                 ExportFiles exports, Stage stage) {
        Menu samples = new Menu("Open Sample");
        samples.setId("samplesMenu");
        try {
            for (SampleModel sample : SampleCatalog.builtIn()) {
                MenuItem item = new MenuItem(sample.title());
                item.setId("sample-" + sample.id());
                item.setOnAction(e -> window.discardingRun("Opening " + sample.title() + " replaces this run",
                        () -> files.openSample(sample)));
                samples.getItems().add(item);
            }
        } catch (RuntimeException e) {
            LOG.warn("the sample models cannot be listed: {}", e.getMessage());
            MenuItem none = new MenuItem("(samples unavailable: " + e.getMessage() + ")");
            none.setDisable(true);
            samples.getItems().add(none);
        }
        Menu file = new Menu("File", null, samples,
                item("Open Model File…", () -> window.discardingRun("Opening a model file replaces this run",
                        files::chooseModel), KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                item("Open CSV Data…", () -> window.discardingRun("Training on other data starts a new run",
                        files::chooseCsv), null),
                item("Save Model…", files::chooseModelTarget, KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                item("Open Session…", () -> window.discardingRun("Opening a session replaces this run",
                        sessions::chooseSession), KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                item("Save Session…", sessions::chooseSessionTarget, KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN),
                item("Save Screenshot…", files::chooseScreenshotTarget, null),
                exportMenu(exports),
                item("Quit", stage::close, KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.setId("fileMenu");
        return file;
    }

    private static Menu runMenu(RunHost window) {
        return new Menu("Run", null,
                item("Play / Pause", window::playPause, KeyCode.F5),
                item("Step", window::stepOnce, KeyCode.F6),
                item("Reset", window::resetRun, KeyCode.R, KeyCombination.SHORTCUT_DOWN));
    }

    private static Menu viewMenu(RunHost window, BooleanProperty dark) {
        CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
        darkTheme.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        darkTheme.selectedProperty().bindBidirectional(dark);
        return new Menu("View", null,
                item("Train a Model", () -> window.setExploring(false), null),
                item("Explore a System", () -> window.setExploring(true), null),
                item("Compare Runs…", () -> org.nodelab.app.compare.CompareWindows.show(null, window::session),
                        KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                darkTheme);
    }

    private static Menu helpMenu(Stage stage) {
        return new Menu("Help", null, item("How to Read the Views…", () -> HelpDialogs.showGuide(stage), KeyCode.F1),
                item("Keyboard Shortcuts…", () -> HelpDialogs.showShortcuts(stage), null));
    }

    private static MenuItem item(String text, Runnable action, KeyCode key, KeyCombination.Modifier... modifiers) {
        MenuItem item = new MenuItem(text);
        if (key != null) {
            item.setAccelerator(new KeyCodeCombination(key, modifiers));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
