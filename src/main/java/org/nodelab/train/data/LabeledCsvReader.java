package org.nodelab.train.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Imports a classification dataset from CSV: numeric feature columns plus one label column. Labels may be
 * integers or text; either way they are mapped to class indices 0..C-1 in order of first appearance, and the
 * mapping is returned ({@link LabeledCsv#classNames()}) so nothing is renamed behind the user's back. Features
 * are taken as they are; standardize explicitly with {@link Standardization} if wanted.
 */
public final class LabeledCsvReader {

    /** Fewer rows cannot give both a train and a test point. */
    public static final int MINIMUM_ROWS = 2;
    /** More classes than this is a column of identifiers, not labels, and would make a huge readout. */
    public static final int MAXIMUM_CLASSES = 1000;

    private LabeledCsvReader() {
    }

    /**
     * Reads a file, refusing it up front if it is over the size limit.
     *
     * @throws CsvFormatException for a malformed file (message names the file and line)
     * @throws IOException        if the file cannot be read
     */
    public static LabeledCsv read(Path file, LabeledCsvOptions options) throws IOException {
        try (Reader reader = CsvFiles.open(file, options.limits())) {
            return read(reader, CsvFiles.displayName(file), options);
        }
    }

    /** Reads CSV text from a reader; {@code name} names the source in messages and becomes the dataset name. */
    public static LabeledCsv read(Reader reader, String name, LabeledCsvOptions options) throws IOException {
        CsvRecordReader records = new CsvRecordReader(reader, name, options.limits().maximumBytes(),
                options.delimiter());
        List<String> first = records.first(options.delimiter(), "at least one feature column and a label column");
        long firstLine = records.recordLine();
        int columns = first.size();

        boolean hasHeader = hasHeader(first, options, columns);
        List<String> names = hasHeader ? CsvFiles.stripped(first) : CsvFiles.defaultNames(columns);
        int labelIndex = CsvFiles.resolve(options.labelColumn(), names, hasHeader, "label", name, firstLine);
        List<String> featureNames = new ArrayList<>(names);
        featureNames.remove(labelIndex);
        int k = columns - 1;

        double[] features = new double[Math.max(16, k * 1024)];
        int[] labels = new int[1024];
        Map<String, Integer> classIndex = new HashMap<>();
        List<String> classNames = new ArrayList<>();
        int rows = 0;
        List<String> fields = hasHeader ? records.next() : first;
        while (fields != null) {
            long line = records.recordLine();
            CsvFiles.requireRowLimit(rows + 1L, options.limits(), name, line);
            CsvFiles.requireColumnCount(fields, columns, name, line);
            if ((long) (rows + 1) * k > features.length) {
                features = Arrays.copyOf(features, (int) Math.min(Integer.MAX_VALUE - 8, 2L * features.length));
                if ((long) (rows + 1) * k > features.length) {
                    throw new CsvFormatException(name, line, "too many values to hold in memory");
                }
            }
            if (rows == labels.length) {
                labels = Arrays.copyOf(labels, 2 * labels.length);
            }
            int feature = 0;
            for (int c = 0; c < columns; c++) {
                if (c == labelIndex) {
                    continue;
                }
                features[rows * k + feature++] = CsvNumbers.parse(fields.get(c), name, line,
                        CsvFiles.describeColumn(c, names));
            }
            String label = fields.get(labelIndex).strip();
            if (label.isEmpty()) {
                throw new CsvFormatException(name, line, "empty label in " + CsvFiles.describeColumn(labelIndex, names));
            }
            Integer index = classIndex.get(label);
            if (index == null) {
                if (classNames.size() == MAXIMUM_CLASSES) {
                    throw new CsvFormatException(name, line, "more than " + MAXIMUM_CLASSES + " different labels in "
                            + CsvFiles.describeColumn(labelIndex, names) + "; is that the label column?");
                }
                index = classNames.size();
                classIndex.put(label, index);
                classNames.add(label);
            }
            labels[rows] = index;
            rows++;
            fields = records.next();
        }
        if (rows < MINIMUM_ROWS) {
            throw new CsvFormatException(name, Math.max(1, records.line() - 1), "too few rows: " + rows
                    + " data row" + (rows == 1 ? "" : "s") + ", need at least " + MINIMUM_ROWS);
        }
        if (classNames.size() < 2) {
            throw new CsvFormatException(name, 0, "every row has the label '" + CsvFiles.quoted(classNames.get(0))
                    + "'; classification needs at least 2 classes");
        }

        int[] counts = new int[classNames.size()];
        for (int i = 0; i < rows; i++) {
            counts[labels[i]]++;
        }
        double[][][] byClass = new double[classNames.size()][][];
        for (int c = 0; c < counts.length; c++) {
            byClass[c] = new double[counts[c]][];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < rows; i++) {
            byClass[labels[i]][filled[labels[i]]++] = Arrays.copyOfRange(features, i * k, (i + 1) * k);
        }
        String description = "Imported from " + name + ": " + rows + " rows, " + k + " features, "
                + classNames.size() + " classes.";
        Dataset dataset = BalancedClasses.assemble(name, description, k, byClass, options.testFraction(),
                new Random(options.seed()));
        if (options.testFraction() > 0 && dataset.test().size() == 0) {
            int needed = (int) Math.ceil(0.5 / options.testFraction());
            throw new CsvFormatException(name, 0, rows + " data rows leave none for testing: with a test fraction of "
                    + options.testFraction() + " a class needs at least " + needed + " rows before one of them is "
                    + "held out (the largest class here has " + Arrays.stream(counts).max().orElse(0) + ")");
        }
        return new LabeledCsv(dataset, featureNames, classNames);
    }

    private static boolean hasHeader(List<String> first, LabeledCsvOptions options, int columns) {
        switch (options.header()) {
            case PRESENT:
                return true;
            case ABSENT:
                return false;
            default:
                if (options.labelColumn().byName()) {
                    return true;
                }
                // A label may be text in every row, so only the other columns can tell a header from data.
                int labelIndex = options.labelColumn().resolveIndex(columns);
                for (int c = 0; c < columns; c++) {
                    if (c != labelIndex && !CsvNumbers.isNumber(first.get(c))) {
                        return true;
                    }
                }
                return false;
        }
    }
}
