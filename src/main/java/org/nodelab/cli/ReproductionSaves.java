package org.nodelab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nodelab.io.HistorySummary;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.io.UserFileException;
import org.nodelab.session.reproduce.RunResult;
import org.nodelab.train.IterationMetrics;

/**
 * {@code reproduce --save-sessions DIR}: until the session file format lands, each run is saved as a model file
 * (the trained model and its summary) plus its per-iteration JSON lines, as {@code train --save} and
 * {@code train --log} write them, named after the reproduction and the run.
 */
final class ReproductionSaves {

    private final Path folder;

    private ReproductionSaves(Path folder) {
        this.folder = folder;
    }

    /** Checks, before any training, that the folder exists (or can be made) and takes files. */
    static ReproductionSaves open(Path folder) throws UserFileException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserFileException(folder, "is a file; --save-sessions takes a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFileException(folder, "cannot be created: " + e.getMessage(), e);
        }
        SafeFileWrite.checkWritable(folder.resolve("probe.json"));
        return new ReproductionSaves(folder);
    }

    /** Writes one run's two files and returns the model file's path. */
    Path save(String reproduction, RunResult result) throws IOException {
        String stem = reproduction + "-" + result.run().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
        Path model = folder.resolve(stem + ".model.json");
        Path log = folder.resolve(stem + ".jsonl");
        StringBuilder lines = new StringBuilder();
        long forward = 0;
        long backward = 0;
        for (IterationMetrics m : result.metrics()) {
            lines.append(JsonOutput.toJson(IterationJson.of(m))).append('\n');
            forward += m.nfeForward();
            backward += m.nfeBackward();
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        SafeFileWrite.write(log, out -> out.write(bytes));
        IterationMetrics last = result.last();
        int n = result.metrics().size();
        HistorySummary history = new HistorySummary(n, last == null ? Double.NaN : last.trainLoss(),
                last == null ? Double.NaN : last.testLoss(), last == null ? Double.NaN : last.trainAccuracy(),
                last == null ? Double.NaN : last.testAccuracy(), n == 0 ? 0 : (double) forward / n,
                n == 0 ? 0 : (double) backward / n);
        ModelFiles.save(model, result.trainer(), history);
        return model;
    }
}
