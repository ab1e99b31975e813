package org.nodelab.app.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.nodelab.io.HistorySummary;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.SampleCatalog;
import org.nodelab.io.SampleModel;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.session.ExperimentSession;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.LabeledCsvOptions;
import org.nodelab.train.data.LabeledCsvReader;

/**
 * What the File menu does: opening samples, model files and CSV data, saving the model and screenshots. Files
 * are read and written off the FX thread; a file that cannot be used gets a message in the window and leaves
 * the running experiment as it was.
 */
public final class ExperimentFiles {

    /** What the window needs from a model file, read and copied off the FX thread (the model itself is closed). */
    private record OpenedModel(TrainingConfig config, double[] parameters, HistorySummary history) {
    }

    private final FileHost host;
    private final Stage stage;

    /** How a run trained on an imported CSV names its dataset (as the command line's --csv does). */
    static final String CSV_PREFIX = "csv:";

    /** Asks for a CSV file: a title and a suggested name in, the chosen path (or null) out. */
    private java.util.function.BiFunction<String, String, Path> csvChooser = this::showCsvDialog;

    /** @param stage the owner of the file dialogs */
    public ExperimentFiles(FileHost host, Stage stage) {
        this.host = host;
        this.stage = stage;
    }

    /** Replaces the CSV dialog (tests and scripted demos, where no one clicks a dialog). */
    public void useCsvChooser(java.util.function.BiFunction<String, String, Path> chooser) {
        this.csvChooser = chooser;
    }

    /** Asks for the CSV a saved run trained on (or null if the user declines). */
    Path askForCsvFile(String title, String suggested) {
        return csvChooser.apply(title, suggested);
    }

    private Path showCsvDialog(String title, String suggested) {
        FileChooser chooser = chooser(title, "CSV files", "*.csv", "*.txt");
        chooser.setInitialFileName(suggested);
        File file = chooser.showOpenDialog(stage);
        return file == null ? null : file.toPath();
    }

    public void chooseCsv() {
        File file = chooser("Open labeled CSV data", "CSV files", "*.csv", "*.txt").showOpenDialog(stage);
        if (file != null) {
            openCsv(file.toPath());
        }
    }

    public void chooseModel() {
        File file = chooser("Open a NODE Lab model", "NODE Lab models", "*.json").showOpenDialog(stage);
        if (file != null) {
            openModel(file.toPath());
        }
    }

    public void chooseModelTarget() {
        TrainingConfig config = host.session().snapshot().config();
        FileChooser chooser = chooser("Save the model", "NODE Lab models", "*.json");
        chooser.setInitialFileName(config.model().family().id() + "-" + config.data().dataset().replace(':', '-')
                + ".json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            host.session().saveModel(file.toPath()).whenComplete((path, error) -> Platform.runLater(() ->
                    host.showInfo(error == null ? "Saved the model to " + path
                            : "Could not save the model: " + reason(error))));
        }
    }

    public void chooseScreenshotTarget() {
        FileChooser chooser = chooser("Save a screenshot", "PNG images", "*.png");
        chooser.setInitialFileName("nodelab.png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            WritableImage image = host.snapshotImage();
            CompletableFuture.runAsync(() -> writePng(image, file.toPath())).whenComplete((done, error) ->
                    Platform.runLater(() -> host.showInfo(error == null ? "Saved the screenshot to " + file
                            : "Could not save the screenshot: " + reason(error))));
        }
    }

    /** Reads the CSV off the FX thread; a malformed file leaves the current run untouched and says why. */
    public void openCsv(Path file) {
        TrainingConfig base = host.session().snapshot().config();
        readCsv(file, base.data().seed()).whenComplete((data, error) -> Platform.runLater(() -> {
            if (error != null) {
                host.showInfo("Cannot open " + file.getFileName() + ": " + reason(error));
                return;
            }
            TrainingConfig config = base.withData(d -> d.withDataset(CSV_PREFIX + file.getFileName())
                    .withPoints(Math.max(8, data.train().size() + data.test().size())));
            host.replaceSession(new ExperimentSession(config, data, null, "Training on " + file.getFileName()
                    + ": " + data.train().size() + " training and " + data.test().size() + " test rows, "
                    + data.classCount() + " classes"));
        }));
    }

    /** The labeled CSV, read and split off the FX thread with the run's data seed. */
    static CompletableFuture<Dataset> readCsv(Path file, long seed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return LabeledCsvReader.read(file, LabeledCsvOptions.defaults().withSeed(seed)).dataset();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Loads and validates a model file off the FX thread, then shows its dynamics without training. */
    public void openModel(Path file) {
        open(() -> ModelFiles.load(file), file.getFileName().toString(), null);
    }

    /** Opens a sample that ships with the app: its dynamics at once, and its note on what to look at. */
    public void openSample(SampleModel sample) {
        open(() -> SampleCatalog.load(sample), sample.title(), sample.note());
    }

    private void open(Callable<LoadedModel> loader, String name, String note) {
        CompletableFuture.supplyAsync(() -> {
            try {
                LoadedModel loaded = loader.call();
                try {
                    return new OpenedModel(loaded.config(), loaded.model().parameters().clone(), loaded.history());
                } finally {
                    loaded.model().close();
                }
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                host.showInfo("Cannot open " + name + ": " + reason(error));
                return;
            }
            String dataset = opened.config().data().dataset();
            if (dataset.startsWith(CSV_PREFIX)) {
                askForCsv(opened, name, dataset.substring(CSV_PREFIX.length()));
            } else {
                show(opened, null, name, note);
            }
        }));
    }

    /**
     * A model trained on an imported CSV can only be evaluated on that data, which the file does not hold: ask
     * for it (the same split follows from the saved data seed), and say plainly what is missing if the user
     * declines.
     */
    private void askForCsv(OpenedModel opened, String name, String csvName) {
        Path file = csvChooser.apply("Choose " + csvName + ", the CSV " + name + " was trained on", csvName);
        if (file == null) {
            host.showInfo(name + " was trained on " + csvName + "; open it again and choose that CSV to see it.");
            return;
        }
        readCsv(file, opened.config().data().seed()).whenComplete((data, error) -> Platform.runLater(() -> {
            if (error != null) {
                host.showInfo("Cannot open " + file.getFileName() + ": " + reason(error));
                return;
            }
            show(opened, data, name, null);
        }));
    }

    private void show(OpenedModel opened, Dataset data, String name, String note) {
        HistorySummary history = opened.history();
        // The iteration counter starts at 0 for the opened model, so say so beside what it was trained for.
        String trained = history == null || history.iterations() == 0 ? "" : String.format(
                " (trained for %d iterations before, test accuracy %.0f%%; iterations here count from 0)",
                history.iterations(), 100 * history.finalTestAccuracy());
        host.replaceSession(new ExperimentSession(opened.config(), data, opened.parameters(),
                "Opened " + name + trained));
        if (note != null) {
            host.showInfo(note);
        } else {
            host.hideInfo();
        }
    }

    /**
     * Encodes a window image as PNG, slow enough (a tenth of a second) to keep off the FX thread, and writes it
     * atomically through {@link SafeFileWrite}: a bad path is reported with its name, never half a file.
     *
     * @throws java.io.UncheckedIOException wrapping a {@link org.nodelab.io.UserFileException} naming the path
     */
    public static void writePng(WritableImage image, Path file) {
        java.awt.image.BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        try {
            SafeFileWrite.write(file, out -> {
                if (!javax.imageio.ImageIO.write(pixels, "png", out)) {
                    throw new IOException("no PNG encoder is available");
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static FileChooser chooser(String title, String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /** The message of what went wrong, without the wrappers that futures put around it. */
    static String reason(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof java.io.UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
