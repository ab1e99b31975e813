package org.nodelab.train.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Imports a time series from CSV: a time column plus one or more numeric value columns, times strictly
 * increasing (a repeated or backwards time is almost always a sorting or export mistake, and an ODE cannot be
 * fitted through it).
 */
public final class TimeSeriesCsvReader {

    /** Fewer rows give no observation after the initial state. */
    public static final int MINIMUM_ROWS = 2;

    private TimeSeriesCsvReader() {
    }

    /**
     * Reads a file, refusing it up front if it is over the size limit.
     *
     * @throws CsvFormatException for a malformed file (message names the file and line)
     * @throws IOException        if the file cannot be read
     */
    public static TimeSeriesTable read(Path file, TimeSeriesCsvOptions options) throws IOException {
        try (Reader reader = CsvFiles.open(file, options.limits())) {
            return read(reader, CsvFiles.displayName(file), options);
        }
    }

    /** Reads CSV text from a reader; {@code name} names the source in messages. */
    public static TimeSeriesTable read(Reader reader, String name, TimeSeriesCsvOptions options) throws IOException {
        CsvRecordReader records = new CsvRecordReader(reader, name, options.limits().maximumBytes(),
                options.delimiter());
        List<String> first = records.first(options.delimiter(), "a time column and at least one value column");
        long firstLine = records.recordLine();
        int columns = first.size();
        boolean hasHeader = switch (options.header()) {
            case PRESENT -> true;
            case ABSENT -> false;
            case AUTO -> options.timeColumn().byName() || first.stream().anyMatch(f -> !CsvNumbers.isNumber(f));
        };
        List<String> names = hasHeader ? CsvFiles.stripped(first) : CsvFiles.defaultNames(columns);
        int timeIndex = CsvFiles.resolve(options.timeColumn(), names, hasHeader, "time", name, firstLine);
        List<String> valueNames = new ArrayList<>(names);
        valueNames.remove(timeIndex);
        int m = columns - 1;

        double[] times = new double[1024];
        double[] values = new double[Math.max(16, m * 1024)];
        int rows = 0;
        List<String> fields = hasHeader ? records.next() : first;
        while (fields != null) {
            long line = records.recordLine();
            CsvFiles.requireRowLimit(rows + 1L, options.limits(), name, line);
            CsvFiles.requireColumnCount(fields, columns, name, line);
            if (rows == times.length) {
                times = Arrays.copyOf(times, 2 * times.length);
            }
            if ((long) (rows + 1) * m > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, 2L * values.length));
                if ((long) (rows + 1) * m > values.length) {
                    throw new CsvFormatException(name, line, "too many values to hold in memory");
                }
            }
            double time = CsvNumbers.parse(fields.get(timeIndex), name, line, CsvFiles.describeColumn(timeIndex, names));
            if (rows > 0 && !(time > times[rows - 1])) {
                throw new CsvFormatException(name, line, "time \"" + CsvFiles.quoted(fields.get(timeIndex).strip())
                        + "\" does not increase (the previous row's time is " + times[rows - 1]
                        + "); times must increase strictly");
            }
            times[rows] = time;
            int value = 0;
            for (int c = 0; c < columns; c++) {
                if (c != timeIndex) {
                    values[rows * m + value++] = CsvNumbers.parse(fields.get(c), name, line,
                            CsvFiles.describeColumn(c, names));
                }
            }
            rows++;
            fields = records.next();
        }
        if (rows < MINIMUM_ROWS) {
            throw new CsvFormatException(name, Math.max(1, records.line() - 1), "too few rows: " + rows
                    + " data row" + (rows == 1 ? "" : "s") + ", need at least " + MINIMUM_ROWS);
        }
        return new TimeSeriesTable(name, Arrays.copyOf(times, rows), valueNames, Arrays.copyOf(values, rows * m));
    }
}
