package org.nodelab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nodelab.train.data.DataPart;
import org.nodelab.train.data.TimeSeriesLayout;

/**
 * One part of a dataset as CSV, rows in the part's own order (the order the trainer and {@code eval} use).
 * Classification: the feature columns, then {@code label}, the class index. Time series: the inputs (the
 * initial state), then one column per observation time and observed value, named {@code x(t)} after the time t
 * the solver is asked for. Numbers are written with {@link Double#toString}, which reads back to the same
 * double, so another program scores exactly our points.
 */
final class DatasetCsv {

    private final List<String> columns;
    private final DataPart part;

    private DatasetCsv(List<String> columns, DataPart part) {
        this.columns = List.copyOf(columns);
        this.part = part;
    }

    static DatasetCsv labeled(List<String> featureNames, DataPart part) {
        List<String> columns = new ArrayList<>(featureNames);
        columns.add("label");
        return new DatasetCsv(columns, part);
    }

    /** @param times the observation times the part's rows hold (train rows stop at the training horizon) */
    static DatasetCsv timeSeries(List<String> featureNames, DataPart part, TimeSeriesLayout layout, double[] times) {
        List<String> columns = new ArrayList<>(featureNames);
        int values = layout.valuesPerObservation();
        for (double t : times) {
            for (int v = 0; v < values; v++) {
                // The oscillator observes its position x; a layout with several values numbers them.
                columns.add((values == 1 ? "x" : "x" + (v + 1)) + "(" + t + ")");
            }
        }
        if (columns.size() != part.featureDimension() + part.targetDimension()) {
            throw new IllegalStateException(columns.size() + " column names for rows of "
                    + (part.featureDimension() + part.targetDimension()) + " values");
        }
        return new DatasetCsv(columns, part);
    }

    List<String> columns() {
        return columns;
    }

    int rows() {
        return part.size();
    }

    void writeTo(OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        for (int c = 0; c < columns.size(); c++) {
            out.write(c == 0 ? "" : ",");
            out.write(quoted(columns.get(c)));
        }
        out.write('\n');
        int features = part.featureDimension();
        int targets = part.targetDimension();
        for (int r = 0; r < part.size(); r++) {
            for (int j = 0; j < features; j++) {
                out.write(j == 0 ? "" : ",");
                out.write(Double.toString(part.feature(r, j)));
            }
            if (part.isLabeled()) {
                out.write(",");
                out.write(Integer.toString(part.label(r)));
            } else {
                for (int j = 0; j < targets; j++) {
                    out.write(",");
                    out.write(Double.toString(part.target(r, j)));
                }
            }
            out.write('\n');
        }
        out.flush();
    }

    /** RFC 4180: a header name from a user's CSV may itself hold a comma, a quote or a line break. */
    static String quoted(String name) {
        if (name.isEmpty() || name.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')
                || !name.strip().equals(name)) {
            return '"' + name.replace("\"", "\"\"") + '"';
        }
        return name;
    }
}
