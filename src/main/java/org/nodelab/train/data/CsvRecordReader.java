package org.nodelab.train.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, one at a time, so a file is never held in memory whole. Follows RFC 4180:
 * fields may be quoted with ", a doubled "" inside quotes is one quote, quoted fields may contain the delimiter
 * and line breaks; lines may end in CRLF, LF or a lone CR. Lines that are entirely empty are skipped (a trailing
 * newline, or blank lines a spreadsheet left behind, carry no data). A leading UTF-8 byte order mark is dropped.
 *
 * <p>Every record remembers the physical line it started on, which is what error messages report.
 */
final class CsvRecordReader {

    private static final int END = -1;

    private final Reader reader;
    private final String file;
    private final long maximumCharacters;
    private final char delimiter;
    private long line = 1;
    private long charactersRead;
    private long recordLine;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean atStart = true;

    CsvRecordReader(Reader reader, String file, long maximumCharacters, char delimiter) {
        this.reader = reader;
        this.file = file;
        this.maximumCharacters = maximumCharacters;
        this.delimiter = delimiter;
    }

    /** The line on which the record last returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The current physical line (after the last record: the line past it). */
    long line() {
        return line;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                consumeLineBreak(c);
                continue;
            }
            unread(c);
            break;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterClosingQuote = false;
        boolean fieldStarted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == END) {
                    throw new CsvFormatException(file, recordLine, "a quoted field opened here is never closed");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        unread(following);
                        quoted = false;
                        afterClosingQuote = true;
                    }
                } else {
                    if (c == '\r' || c == '\n') {
                        // A line break inside quotes is data, but it still advances the line count.
                        consumeLineBreak(c);
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
                continue;
            }
            if (c == END || c == '\r' || c == '\n') {
                fields.add(field.toString());
                if (c != END) {
                    consumeLineBreak(c);
                }
                return fields;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
                fieldStarted = false;
                continue;
            }
            if (afterClosingQuote) {
                if (c == ' ' || c == '\t') {
                    continue; // blanks between a closing quote and the delimiter are harmless
                }
                throw new CsvFormatException(file, line, "unexpected character '" + (char) c
                        + "' after a closing quote (a quote inside a quoted field must be doubled)");
            }
            if (c == '"' && (!fieldStarted || field.toString().isBlank())) {
                field.setLength(0); // blanks before an opening quote are dropped
                quoted = true;
                fieldStarted = true;
                continue;
            }
            field.append((char) c);
            fieldStarted = true;
        }
    }

    /** After a CR or LF: counts one line, treating CRLF as a single break. */
    private void consumeLineBreak(int c) throws IOException {
        if (c == '\r') {
            int following = read();
            if (following != '\n') {
                unread(following);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        int c = reader.read();
        if (c == END) {
            return END;
        }
        if (++charactersRead > maximumCharacters) {
            throw new CsvFormatException(file, line, "the input is larger than the limit of " + maximumCharacters
                    + " characters");
        }
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
