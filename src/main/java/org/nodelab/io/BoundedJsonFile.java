package org.nodelab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one of our JSON files (a model, a session) as a tree with the checks every such file gets before any
 * field is looked at: a folder, a missing, empty or oversized file, or text that is not JSON, is refused with a
 * message naming the file (and the line and column of a JSON mistake).
 */
final class BoundedJsonFile {

    private BoundedJsonFile() {
    }

    /**
     * @param kind     what the file should be, for messages ("model file", "session file")
     * @param maxBytes the largest file of this kind
     */
    static JsonNode read(Path file, String kind, long maxBytes, ObjectMapper mapper) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file + ": is a folder, not a " + kind);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": no such file");
        }
        if (size > maxBytes) {
            throw new ModelFileException(file + ": the file is " + megabytes(size) + "; " + kind + "s are at most "
                    + megabytes(maxBytes));
        }
        if (size == 0) {
            throw new ModelFileException(file + ": the file is empty");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in, mapper);
        }
    }

    /** The stream's JSON as a tree; {@code name} stands for the file in messages. */
    static JsonNode parse(String name, InputStream in, ObjectMapper mapper) throws IOException {
        try {
            return mapper.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ModelFileException(name + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
