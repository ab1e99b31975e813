package org.nodelab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.nodelab.io.UserFileException;

/**
 * Which failures are the user's to fix (exit 2, with a message naming the path) rather than ours (exit 1): every
 * problem with a file the user named, whatever layer noticed it, and input the program refused as invalid.
 */
final class UserErrors {

    private UserErrors() {
    }

    /** The message for a failure that is the user's to fix, or null when it is an internal error. */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (e instanceof IllegalArgumentException || e instanceof UserFileException) {
            return e.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text (save it as UTF-8 and try again)";
        }
        if (e instanceof FileSystemException fs) {
            String path = fs.getFile() == null ? "" : fs.getFile() + ": ";
            if (e instanceof NoSuchFileException) {
                return path + "no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return path + "permission denied";
            }
            if (e instanceof NotDirectoryException) {
                return path + "a part of the path is not a folder";
            }
            if (e instanceof FileSystemLoopException) {
                return path + "the symbolic links form a loop";
            }
            return path + (fs.getReason() == null ? "cannot be used" : lowerFirst(fs.getReason()));
        }
        if (e instanceof IOException io && io.getMessage() != null
                && io.getMessage().toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
            return io.getMessage();
        }
        return null;
    }

    private static String lowerFirst(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
