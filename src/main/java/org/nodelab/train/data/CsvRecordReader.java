package org.nodelab.train.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into records, one at a time, so a file is never held in memory whole. Tokenizing is Commons
 * CSV's RFC 4180 parser (quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or a lone
 * CR); this class adds what our importers promise on top of it: lines that are entirely empty are skipped (a
 * trailing newline, or blank lines a spreadsheet left behind, carry no data), a leading UTF-8 byte order mark is
 * dropped, the input is capped at a number of characters, and every problem is a {@link CsvFormatException}
 * that names the physical line, which is what an editor shows.
 */
final class CsvRecordReader {

    private final String file;
    private final CharacterLimit input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long recordLine;

    CsvRecordReader(Reader reader, String file, long maximumCharacters, char delimiter) throws IOException {
        this.file = file;
        this.input = new CharacterLimit(reader, maximumCharacters);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                // Blank lines are skipped below, where their line numbers are still known.
                .setIgnoreEmptyLines(false)
                // Blanks before an opening quote and after a closing one are harmless, as spreadsheets write them.
                .setIgnoreSurroundingSpaces(true)
                .get();
        this.parser = CSVParser.builder().setReader(input).setFormat(format).get();
        this.records = parser.iterator();
    }

    /**
     * The first record, which must exist and have at least two columns; {@code need} says what the columns are
     * for, in the message for a file with one column (usually a wrong delimiter).
     */
    List<String> first(char delimiter, String need) throws IOException {
        List<String> first = next();
        if (first == null) {
            throw new CsvFormatException(file, 1, "the file is empty");
        }
        if (first.size() < 2) {
            throw new CsvFormatException(file, recordLine, "found 1 column; need " + need + " (is the delimiter '"
                    + delimiter + "' right?)");
        }
        return first;
    }

    /** The line on which the record last returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The current physical line (after the last record: the line past it). */
    long line() {
        return parser.getCurrentLineNumber() + 1;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        while (true) {
            // Commons CSV counts the line breaks it has consumed, quoted ones included, so a record starts on
            // the line after them.
            long start = parser.getCurrentLineNumber() + 1;
            CSVRecord record = read(start);
            if (record == null) {
                return null;
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            recordLine = start;
            List<String> fields = new ArrayList<>(record.size());
            record.forEach(fields::add);
            return fields;
        }
    }

    private CSVRecord read(long start) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CharacterLimit.Exceeded e) {
            throw new CsvFormatException(file, parser.getCurrentLineNumber() + 1, "the input is larger than the "
                    + "limit of " + input.maximum + " characters");
        } catch (UncheckedIOException | IllegalStateException e) {
            throw translate(e, start);
        }
    }

    /** Commons CSV's messages name its own positions; ours say what to fix, at the line an editor shows. */
    private RuntimeException translate(RuntimeException e, long start) throws IOException {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            throw (IOException) cause;
        }
        String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("eof reached before encapsulated token finished")) {
            return new CsvFormatException(file, start, "a quoted field opened here is never closed");
        }
        if (message.contains("invalid char")) {
            return new CsvFormatException(file, parser.getCurrentLineNumber(), "unexpected character after a "
                    + "closing quote (a quote inside a quoted field must be doubled)");
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        return e;
    }

    /** Counts characters as the parser pulls them, and drops a byte order mark at the very start. */
    private static final class CharacterLimit extends FilterReader {

        /** Unchecked, so it passes through Commons CSV untouched; {@link #read(long)} turns it into our message. */
        static final class Exceeded extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exceeded() {
                super(null, null, false, false);
            }
        }

        final long maximum;
        private long count;
        private boolean atStart = true;

        CharacterLimit(Reader in, long maximum) {
            super(in);
            this.maximum = maximum;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && atStart) {
                atStart = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, offset, length);
                    }
                }
            }
            if (n > 0) {
                count += n;
                if (count > maximum) {
                    throw new Exceeded();
                }
            }
            return n;
        }
    }
}
