package org.nodelab.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opening CSV files under the size guard, and the column bookkeeping both importers share. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** The name error messages use: the file name alone, which is what users recognise in a dialog. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * A buffered UTF-8 reader, after refusing a file over the size limit from its size on disk alone (nothing is
     * read first). Malformed UTF-8 is reported rather than silently replaced.
     */
    static BufferedReader open(Path file, CsvLimits limits) throws IOException {
        if (Files.isDirectory(file)) {
            throw new CsvFormatException(file.toString(), 0, "is a folder, not a CSV file");
        }
        long size = Files.size(file);
        if (size > limits.maximumBytes()) {
            throw new CsvFormatException(displayName(file), 0, "the file is " + describeBytes(size)
                    + ", over the limit of " + describeBytes(limits.maximumBytes()) + "; use a smaller file or raise the limit");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    static String describeBytes(long bytes) {
        if (bytes >= 10L * 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        return bytes + " bytes";
    }

    /** Most characters of a field a message repeats: a pasted megabyte must not end up on the screen. */
    static final int MAX_QUOTED = 60;

    /** "column 3 ('x')": 1-based, as a spreadsheet user counts. */
    static String describeColumn(int index, List<String> names) {
        return "column " + (index + 1) + " ('" + quoted(names.get(index)) + "')";
    }

    /** The text as a message repeats it: whole when short, else its start and its length. */
    static String quoted(String text) {
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        return text.substring(0, MAX_QUOTED) + "… (" + text.length() + " characters)";
    }

    /** Default names when the file has no header. */
    static List<String> defaultNames(int columns) {
        String[] names = new String[columns];
        for (int i = 0; i < columns; i++) {
            names[i] = "column" + (i + 1);
        }
        return List.of(names);
    }

    static List<String> stripped(List<String> fields) {
        return fields.stream().map(String::strip).toList();
    }

    static void requireColumnCount(List<String> fields, int columns, String file, long line) {
        if (fields.size() != columns) {
            throw new CsvFormatException(file, line, "wrong number of columns: expected " + columns + ", found "
                    + fields.size());
        }
    }

    static void requireRowLimit(long rows, CsvLimits limits, String file, long line) {
        if (rows > limits.maximumRows()) {
            throw new CsvFormatException(file, line, "more than " + limits.maximumRows()
                    + " data rows; use a smaller file or raise the row limit");
        }
    }

    /** The index of the chosen column, or a {@link CsvFormatException} saying it does not exist. */
    static int resolve(ColumnChoice choice, List<String> names, boolean hasHeader, String role, String file,
                       long headerLine) {
        if (choice.byName()) {
            if (!hasHeader) {
                throw new CsvFormatException(file, headerLine, "the " + role + " column " + choice
                        + " is chosen by name, but the file has no header row");
            }
            int index = names.indexOf(choice.name());
            if (index < 0) {
                throw new CsvFormatException(file, headerLine, "there is no " + role + " column named '"
                        + quoted(choice.name()) + "'; the header has: " + quoted(String.join(", ", names)));
            }
            return index;
        }
        int index = choice.resolveIndex(names.size());
        if (index < 0) {
            throw new CsvFormatException(file, headerLine, "the " + role + " column (" + choice
                    + ") does not exist; the file has " + names.size() + " columns");
        }
        return index;
    }
}
