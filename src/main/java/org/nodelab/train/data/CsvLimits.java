package org.nodelab.train.data;

/**
 * Guards against files too large for a desktop lab: a size checked before reading, and a row count checked while
 * reading, so an oversized file is refused early instead of filling memory first.
 *
 * @param maximumBytes  largest accepted file (also applied to characters read from a stream)
 * @param maximumRows   most data rows accepted
 */
public record CsvLimits(long maximumBytes, long maximumRows) {

    public static final long DEFAULT_MAXIMUM_BYTES = 200L * 1024 * 1024;
    public static final long DEFAULT_MAXIMUM_ROWS = 5_000_000L;

    public CsvLimits {
        if (maximumBytes < 1 || maximumRows < 1) {
            throw new IllegalArgumentException("CSV limits must be positive; got " + maximumBytes + " bytes, "
                    + maximumRows + " rows");
        }
    }

    /** 200 MB and 5 million rows. */
    public static CsvLimits defaults() {
        return new CsvLimits(DEFAULT_MAXIMUM_BYTES, DEFAULT_MAXIMUM_ROWS);
    }
}
