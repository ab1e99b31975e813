package org.nodelab.session.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.nodelab.io.UserFileException;

/**
 * A file a run is to be loaded from, with its first few kilobytes, so that each {@link RunSource} can say
 * whether it reads that kind of file without reading it whole.
 *
 * @param head  up to {@link #HEAD_BYTES} bytes from the start, as UTF-8 (a broken last character is harmless)
 */
public record FileHead(Path path, String head) {

    public static final int HEAD_BYTES = 8192;

    public static FileHead of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new UserFileException(path, "is a folder; give a training log, model or session file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(HEAD_BYTES);
            if (bytes.length == 0) {
                throw new UserFileException(path, "the file is empty");
            }
            return new FileHead(path, new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UserFileException(path, "no such file");
        }
    }

    /** The first line (up to the head's end). */
    public String firstLine() {
        int end = head.indexOf('\n');
        return (end < 0 ? head : head.substring(0, end)).strip();
    }

    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile(
            "\"format\"\\s*:\\s*\"([^\"]*)\"");

    /**
     * Whether the file is a JSON object whose first {@code "format"} is {@code format}, as NODE Lab's JSON files
     * begin. Only the first counts: a session file holds a model's JSON, with its own format, inside it.
     */
    public boolean declaresFormat(String format) {
        if (!head.stripLeading().startsWith("{")) {
            return false;
        }
        java.util.regex.Matcher m = FORMAT.matcher(head);
        return m.find() && m.group(1).equals(format);
    }
}
