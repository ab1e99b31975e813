package org.nodelab.app.compare;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.io.ViewSettings;

/**
 * The compare window's files: choosing saved runs to add, and saving every live run as a session file that
 * File → Open Session, {@code nodelab run --session} and {@code nodelab compare} all open again.
 */
final class RunSessionFiles {

    private RunSessionFiles() {
    }

    /** Asks for a model file, a log and its model, or a session file; hands the chosen paths on. */
    static void chooseRuns(Window owner, Consumer<List<Path>> chosen) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a saved run: a session file, a model file, or a training log and its model file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Runs (*.json, *.jsonl)", "*.json",
                "*.jsonl"), new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            chosen.accept(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks for a folder; null when the user cancels. */
    static Path chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save every live run as a session file in this folder");
        File folder = chooser.showDialog(owner);
        return folder == null ? null : folder.toPath();
    }

    /**
     * Saves each live row as {@code NAME.session.json} in {@code folder} (a name taken already gets -2, -3, ...:
     * nothing there is overwritten). Each session writes its own file on its own thread, after the iteration in
     * progress; {@code say} then hears, on the FX thread, where they went or why not. The future completes with
     * the paths, or with the first failure.
     */
    static CompletableFuture<List<Path>> saveLive(List<RunRow> rows, Path folder, Consumer<String> say) {
        CompletableFuture<List<Path>> all;
        try {
            all = write(rows, folder);
        } catch (IOException | RuntimeException e) {
            say.accept("Cannot save the sessions: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        return all.whenComplete((saved, failure) -> Platform.runLater(() -> say.accept(failure != null
                ? "Cannot save the sessions: " + failure.getMessage()
                : "Saved " + saved.size() + " sessions in " + folder)));
    }

    private static CompletableFuture<List<Path>> write(List<RunRow> rows, Path folder) throws IOException {
        List<CompletableFuture<Path>> writes = new ArrayList<>();
        List<Path> taken = new ArrayList<>();
        for (RunRow row : rows) {
            if (row.live() == null || !row.live().owned()) {
                continue;
            }
            Path file = freeName(folder, row.run().name(), taken);
            SafeFileWrite.checkWritable(file);
            taken.add(file);
            writes.add(row.live().session().saveSession(file, ViewSettings.none(), null));
        }
        if (writes.isEmpty()) {
            throw new IllegalArgumentException("there is no live run here to save (saved runs are files already)");
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
                .thenApply(v -> writes.stream().map(CompletableFuture::join).toList());
    }

    private static Path freeName(Path folder, String name, List<Path> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "run";
        }
        Path file = folder.resolve(base + ".session.json");
        for (int k = 2; Files.exists(file) || taken.contains(file); k++) {
            file = folder.resolve(base + "-" + k + ".session.json");
        }
        return file;
    }
}
