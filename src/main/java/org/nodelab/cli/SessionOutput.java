package org.nodelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nodelab.io.RunHistory;
import org.nodelab.io.SessionFiles;
import org.nodelab.train.Trainer;

/**
 * --session-out: where train and run write the whole run as a session file at the end. Like --save, the path is
 * checked before any work, and a write that fails after all goes to ~/.nodelab/recovered instead, so a long
 * run is never lost to a save that failed at the end.
 */
final class SessionOutput {

    private SessionOutput() {
    }

    /** Writes the session to {@code target}, or to a recovery file (said on {@code err}); returns where. */
    static Path saveOrRecover(Path target, Trainer trainer, RunHistory history, PrintWriter err, String command)
            throws IOException {
        try {
            SessionFiles.write(target, trainer, history);
            return target;
        } catch (IOException first) {
            Path recovered = Path.of(System.getProperty("user.home"), ".nodelab", "recovered",
                    "session-" + System.currentTimeMillis() + ".json");
            try {
                Files.createDirectories(recovered.getParent());
                SessionFiles.write(recovered, trainer, history);
            } catch (IOException second) {
                first.addSuppressed(second);
                throw first;
            }
            err.println("nodelab " + command + ": " + first.getMessage() + "; the session was saved to " + recovered
                    + " instead");
            return recovered;
        }
    }
}
