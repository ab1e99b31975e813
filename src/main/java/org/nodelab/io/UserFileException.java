package org.nodelab.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the user named cannot be read or written: a missing folder, a directory, a device, a read-only place,
 * a full disk. It is the user's to fix, so front ends report it as bad input (the CLI's exit 2) with its message,
 * which always starts with the path.
 */
public class UserFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public UserFileException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public UserFileException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
