package org.nodelab.app.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.nodelab.io.SessionFile;
import org.nodelab.io.SessionFiles;
import org.nodelab.io.ViewSettings;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.ExplorationRequest;
import org.nodelab.session.Projection;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;

/**
 * File → Save Session… and Open Session…: the whole run (weights, optimizer, history, views, the explored
 * system) to a session file and back. Files are read and written off the FX thread; a file that cannot be used
 * gets a message in the window and leaves the running experiment as it was.
 */
public final class SessionDocuments {

    /** The view settings the state-space view keeps its axes under; the reopened run starts with them. */
    static final String PROJECTION_X = "state-space.x";
    static final String PROJECTION_Y = "state-space.y";

    private final FileHost host;
    private final ExperimentFiles files;
    private final Stage stage;

    public SessionDocuments(FileHost host, ExperimentFiles files, Stage stage) {
        this.host = host;
        this.files = files;
        this.stage = stage;
    }

    public void chooseSessionTarget() {
        TrainingConfig config = host.session().snapshot().config();
        FileChooser chooser = ExperimentFiles.chooser("Save the session", "NODE Lab sessions", "*.json");
        chooser.setInitialFileName(config.model().family().id() + "-" + config.data().dataset().replace(':', '-')
                + ".session.json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveSession(file.toPath());
        }
    }

    public void chooseSession() {
        File file = ExperimentFiles.chooser("Open a NODE Lab session", "NODE Lab sessions", "*.json")
                .showOpenDialog(stage);
        if (file != null) {
            openSession(file.toPath());
        }
    }

    /** Saves the run as it is after the current iteration, with how the window shows it; says how it went. */
    public CompletableFuture<Path> saveSession(Path file) {
        ExplorationRequest explored = host.exploration();
        return host.session().saveSession(file, host.viewSettings(), explored == null ? null : explored.saved())
                .whenComplete((path, error) -> Platform.runLater(() -> host.showInfo(error == null
                        ? "Saved the session to " + path : "Could not save the session: "
                        + ExperimentFiles.reason(error))));
    }

    /** Reads and checks a session file off the FX thread, then makes it the running experiment. */
    public void openSession(Path file) {
        String name = file.getFileName().toString();
        CompletableFuture.supplyAsync(() -> {
            try {
                SessionFile saved = SessionFiles.read(file);
                // Checked here too, so that a bad explored system refuses the file before anything is replaced.
                ExplorationRequest explored = saved.exploration() == null ? null
                        : ExplorationRequest.of(saved.exploration());
                return new Opened(saved, explored);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                host.showInfo("Cannot open " + name + ": " + ExperimentFiles.reason(error));
                return;
            }
            if (!opened.saved().needsImportedData()) {
                show(opened, null, name);
                return;
            }
            String csvName = opened.saved().config().data().dataset().substring(SessionFile.CSV_PREFIX.length());
            Path csv = files.askForCsvFile("Choose " + csvName + ", the CSV " + name + " was trained on", csvName);
            if (csv == null) {
                host.showInfo(name + " was trained on " + csvName + "; open it again and choose that CSV to see it.");
                return;
            }
            ExperimentFiles.readCsv(csv, opened.saved().config().data().seed()).whenComplete((data, csvError) ->
                    Platform.runLater(() -> {
                        if (csvError != null) {
                            host.showInfo("Cannot open " + csv.getFileName() + ": "
                                    + ExperimentFiles.reason(csvError));
                        } else {
                            show(opened, data, name);
                        }
                    }));
        }));
    }

    private record Opened(SessionFile saved, ExplorationRequest explored) {
    }

    private void show(Opened opened, Dataset data, String name) {
        ViewSettings view = opened.saved().view();
        double x = view.number(PROJECTION_X, 0);
        double y = view.number(PROJECTION_Y, 1);
        Projection projection = x >= 0 && y >= 0 && x < 1 << 20 && y < 1 << 20
                ? new Projection((int) x, (int) y) : Projection.FIRST_TWO;
        int iteration = opened.saved().state().iteration();
        host.replaceSession(ExperimentSession.resume(opened.saved(), data, projection, "Reopened " + name
                + " at iteration " + iteration + "; Play goes on from there"));
        host.restoreView(view, opened.explored());
        host.hideInfo();
    }
}
