package org.nodelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nodelab.io.RunHistory;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.io.SessionFiles;
import org.nodelab.io.UserFileException;
import org.nodelab.session.reproduce.RunResult;

/**
 * {@code reproduce --save-sessions DIR}: each run as a session file (its configuration, weights, optimizer
 * state and every iteration's figures), named after the reproduction and the run, which File → Open Session,
 * the compare window, {@code nodelab run --session} and {@code nodelab compare} open again.
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

    /** Writes one run's session file and returns its path. */
    Path save(String reproduction, RunResult result) throws IOException {
        String stem = reproduction + "-" + result.run().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
        Path session = folder.resolve(stem + ".session.json");
        SessionFiles.write(session, result.trainer(), RunHistory.of(result.metrics()));
        return session;
    }
}
