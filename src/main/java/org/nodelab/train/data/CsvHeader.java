package org.nodelab.train.data;

/** Whether a CSV file's first row names the columns. */
public enum CsvHeader {
    /**
     * Decide from the first row: it is a header when one of its numeric columns (all columns except a label
     * column) holds something that is not a number. A file whose header names are themselves numbers needs
     * {@link #PRESENT}.
     */
    AUTO,
    /** The first row is a header. */
    PRESENT,
    /** Every row is data; columns are named column1, column2, ... */
    ABSENT
}
