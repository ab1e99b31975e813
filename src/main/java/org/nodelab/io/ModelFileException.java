package org.nodelab.io;

/** A model file that cannot be loaded; the message names the file and the problem. */
public final class ModelFileException extends IllegalArgumentException {

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
