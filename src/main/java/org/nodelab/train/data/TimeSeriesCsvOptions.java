package org.nodelab.train.data;

/**
 * How to read a CSV time series: a time column plus one or more value columns.
 *
 * @param header      whether the first row names the columns
 * @param timeColumn  the time column (by name or index); every other column is a value
 * @param delimiter   the field separator
 * @param limits      size and row guards
 */
public record TimeSeriesCsvOptions(CsvHeader header, ColumnChoice timeColumn, char delimiter, CsvLimits limits) {

    public TimeSeriesCsvOptions {
        if (header == null || timeColumn == null || limits == null) {
            throw new IllegalArgumentException("header mode, time column and limits are required");
        }
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
        }
    }

    /** Header detected, time in the first column, comma-separated, default limits. */
    public static TimeSeriesCsvOptions defaults() {
        return new TimeSeriesCsvOptions(CsvHeader.AUTO, ColumnChoice.first(), ',', CsvLimits.defaults());
    }

    public TimeSeriesCsvOptions withHeader(CsvHeader newHeader) {
        return new TimeSeriesCsvOptions(newHeader, timeColumn, delimiter, limits);
    }

    public TimeSeriesCsvOptions withTimeColumn(ColumnChoice newTimeColumn) {
        return new TimeSeriesCsvOptions(header, newTimeColumn, delimiter, limits);
    }

    public TimeSeriesCsvOptions withDelimiter(char newDelimiter) {
        return new TimeSeriesCsvOptions(header, timeColumn, newDelimiter, limits);
    }

    public TimeSeriesCsvOptions withLimits(CsvLimits newLimits) {
        return new TimeSeriesCsvOptions(header, timeColumn, delimiter, newLimits);
    }
}
