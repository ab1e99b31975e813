package org.nodelab.session.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFileException;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.UserFileException;

/** Loads a model file, its refusals turned into a {@link UserFileException} naming the file once. */
final class ModelFileReading {

    private ModelFileReading() {
    }

    static LoadedModel load(Path file) throws IOException {
        try {
            return ModelFiles.load(file);
        } catch (ModelFileException e) {
            String message = e.getMessage();
            String prefix = file + ": ";
            throw new UserFileException(file, message.startsWith(prefix) ? message.substring(prefix.length())
                    : message, e);
        }
    }
}
