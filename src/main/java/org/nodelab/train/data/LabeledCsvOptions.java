package org.nodelab.train.data;

/**
 * How to read a CSV file of features plus a class label column.
 *
 * @param header        whether the first row names the columns
 * @param labelColumn   the label column (by name or index)
 * @param delimiter     the field separator (',' usually; ';' or a tab for some locales and exports)
 * @param testFraction  share of rows held out for testing, in [0, 0.9], stratified by class
 * @param seed          seed of the split, so an import is reproducible
 * @param limits        size and row guards
 */
public record LabeledCsvOptions(CsvHeader header, ColumnChoice labelColumn, char delimiter, double testFraction,
                                long seed, CsvLimits limits) {

    public LabeledCsvOptions {
        if (header == null || labelColumn == null || limits == null) {
            throw new IllegalArgumentException("header mode, label column and limits are required");
        }
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
        }
        if (!(testFraction >= 0 && testFraction <= 0.9)) {
            throw new IllegalArgumentException("the test fraction must be in [0, 0.9], not " + testFraction);
        }
    }

    /** Header detected, label in the last column, comma-separated, 20 % test, seed 1, default limits. */
    public static LabeledCsvOptions defaults() {
        return new LabeledCsvOptions(CsvHeader.AUTO, ColumnChoice.last(), ',',
                GeneratorSettings.DEFAULT_TEST_FRACTION, 1L, CsvLimits.defaults());
    }

    public LabeledCsvOptions withHeader(CsvHeader newHeader) {
        return new LabeledCsvOptions(newHeader, labelColumn, delimiter, testFraction, seed, limits);
    }

    public LabeledCsvOptions withLabelColumn(ColumnChoice newLabelColumn) {
        return new LabeledCsvOptions(header, newLabelColumn, delimiter, testFraction, seed, limits);
    }

    public LabeledCsvOptions withDelimiter(char newDelimiter) {
        return new LabeledCsvOptions(header, labelColumn, newDelimiter, testFraction, seed, limits);
    }

    public LabeledCsvOptions withTestFraction(double newTestFraction) {
        return new LabeledCsvOptions(header, labelColumn, delimiter, newTestFraction, seed, limits);
    }

    public LabeledCsvOptions withSeed(long newSeed) {
        return new LabeledCsvOptions(header, labelColumn, delimiter, testFraction, newSeed, limits);
    }

    public LabeledCsvOptions withLimits(CsvLimits newLimits) {
        return new LabeledCsvOptions(header, labelColumn, delimiter, testFraction, seed, newLimits);
    }
}
