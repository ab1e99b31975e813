package org.nodelab.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nodelab.io.UserFileException;

/**
 * The optional {@code --log} copy of a run's JSON lines. Its target is checked and opened before training
 * starts, so a bad path costs nothing; once training runs, a write or close that fails (a full disk, a removed
 * folder) is remembered and reported, never thrown, because a failing log must not cost the user the model.
 */
final class IterationLog implements AutoCloseable {

    private final Path path;
    private Writer writer;
    private String problem;

    private IterationLog(Path path, Writer writer) {
        this.path = path;
        this.writer = writer;
    }

    /** No log: every call does nothing. */
    static IterationLog none() {
        return new IterationLog(null, null);
    }

    /**
     * Opens the log for writing. Unlike a model, a log may stream into a pipe or a device (/dev/stdout).
     *
     * @throws UserFileException naming the path when it cannot be written (a missing folder, a directory, a
     *                           read-only place)
     */
    static IterationLog open(Path path) throws UserFileException {
        Path absolute = path.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserFileException(path, "is a folder; give a file name inside it");
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new UserFileException(path, "the folder " + absolute.getParent() + " does not exist");
        }
        try {
            return new IterationLog(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFileException(path, "cannot be written: " + e.getMessage(), e);
        }
    }

    void write(String line) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            fail("writing", e);
        }
    }

    /** What went wrong with the log, or null when it was written whole (or there was none). */
    String problem() {
        return problem;
    }

    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            writer = null;
            fail("closing", e);
        }
        writer = null;
    }

    private void fail(String doing, IOException e) {
        problem = path + ": the log failed while " + doing + " (" + e.getMessage() + "); lines after that are missing";
        try {
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // Already failed; the problem is reported once.
        }
        writer = null;
    }
}
