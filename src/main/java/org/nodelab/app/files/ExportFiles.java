package org.nodelab.app.files;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.jfree.svg.SVGGraphics2D;

import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.DataTable;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.io.UserFileException;
import org.nodelab.session.TrainingHistory;

/**
 * File → Export: the window as PNG at 1×, 2× or 3× its size (for slides and print), every chart as SVG, every
 * view's numbers as CSV, and the run's history as CSV. What the FX thread must do (take the picture, draw a
 * chart, copy its data) happens there; encoding and writing run on another thread, through
 * {@link SafeFileWrite} so that a failed export never leaves half a file. JFreeSVG is called directly: JFreeChart
 * 1.5.5's own SVG export looks up a JFreeSVG 4 constructor by reflection that JFreeSVG 5 no longer has, and
 * failed silently.
 */
public final class ExportFiles {

    private final FileHost host;
    private final ExportSource source;
    private final Stage stage;

    public ExportFiles(FileHost host, ExportSource source, Stage stage) {
        this.host = host;
        this.source = source;
        this.stage = stage;
    }

    // --- the menu's dialogs --------------------------------------------------------------------------------

    public void choosePng(int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the window as PNG (" + scale + "×)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        chooser.setInitialFileName("nodelab-" + scale + "x.png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            report(png(file.toPath(), scale), "the window as PNG");
        }
    }

    public void chooseSvgFolder() {
        File dir = folder("Export every chart as SVG into a folder");
        if (dir != null) {
            report(svg(dir.toPath()), "the charts as SVG");
        }
    }

    public void chooseCsvFolder() {
        File dir = folder("Export every view's data as CSV into a folder");
        if (dir != null) {
            report(csv(dir.toPath()), "the views' data as CSV");
        }
    }

    public void chooseHistoryTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the run history as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName("nodelab-history.csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            report(historyCsv(file.toPath()), "the run history as CSV");
        }
    }

    private File folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return chooser.showDialog(stage);
    }

    private void report(CompletableFuture<?> done, String what) {
        done.whenComplete((result, error) -> Platform.runLater(() -> host.showInfo(error == null
                ? "Exported " + what + ": " + result : "Could not export " + what + ": " + reason(error))));
    }

    // --- the exports (called on the FX thread; they finish on another) -------------------------------------

    /** The window, {@code scale} times its size on screen. */
    public CompletableFuture<Path> png(Path file, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        WritableImage image = source.picture().snapshot(p, null);
        return CompletableFuture.supplyAsync(() -> write(file, out ->
                javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)));
    }

    /** One SVG per chart shown, at the chart's size on screen, named after the chart ("loss-chart.svg"). */
    public CompletableFuture<List<Path>> svg(Path folder) {
        List<String> names = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (ChartView c : source.charts()) {
            double w = Math.max(320, c.viewer().getWidth());
            double h = Math.max(240, c.viewer().getHeight());
            // Drawing reads the chart's data, so it happens here; the text is written elsewhere.
            SVGGraphics2D g = new SVGGraphics2D(w, h);
            c.drawTo(g, w, h);
            names.add(fileName(c.name(), "svg"));
            documents.add(g.getSVGDocument());
        }
        return CompletableFuture.supplyAsync(() -> {
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                byte[] bytes = documents.get(i).getBytes(StandardCharsets.UTF_8);
                written.add(write(folder.resolve(names.get(i)), out -> out.write(bytes)));
            }
            return written;
        });
    }

    /** One CSV per table of every view shown ("loss-chart.csv", "trajectories.csv"). */
    public CompletableFuture<List<Path>> csv(Path folder) {
        List<DataTable> tables = source.tables();
        return CompletableFuture.supplyAsync(() -> {
            List<Path> written = new ArrayList<>();
            for (DataTable t : tables) {
                byte[] bytes = t.toCsv().getBytes(StandardCharsets.UTF_8);
                written.add(write(folder.resolve(fileName(t.name(), "csv")), out -> out.write(bytes)));
            }
            return written;
        });
    }

    /** Every iteration of the run: one row each, with its losses, accuracies, NFE and damping. */
    public CompletableFuture<Path> historyCsv(Path file) {
        TrainingHistory.View h = source.history();
        if (h == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "a system exploration has no training history; switch to Train a model"));
        }
        return CompletableFuture.supplyAsync(() -> {
            byte[] bytes = historyTable(h).toCsv().getBytes(StandardCharsets.UTF_8);
            return write(file, out -> out.write(bytes));
        });
    }

    static DataTable historyTable(TrainingHistory.View h) {
        List<Object[]> rows = new ArrayList<>(h.size());
        for (int i = 0; i < h.size(); i++) {
            rows.add(new Object[] {h.iteration()[i], h.trainLoss()[i], h.testLoss()[i], h.trainAccuracy()[i],
                    h.testAccuracy()[i], h.nfeForward()[i], h.nfeBackward()[i], h.damping()[i]});
        }
        return new DataTable("history", List.of("iteration", "train_loss", "test_loss", "train_accuracy",
                "test_accuracy", "nfe_forward", "nfe_backward", "damping"), rows);
    }

    private static Path write(Path file, SafeFileWrite.Content content) {
        try {
            SafeFileWrite.write(file, content);
            return file;
        } catch (UserFileException e) {
            throw new CompletionException(e);
        }
    }

    static String fileName(String name, String extension) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                + "." + extension;
    }

    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
