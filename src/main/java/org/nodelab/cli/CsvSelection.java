package org.nodelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.nodelab.train.data.ColumnChoice;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.LabeledCsv;
import org.nodelab.train.data.LabeledCsvOptions;
import org.nodelab.train.data.LabeledCsvReader;
import picocli.CommandLine.Option;

/** --csv and --label-column: a user's own labeled data instead of a generated set. */
final class CsvSelection {

    /** The dataset name a CSV run is saved under, so eval knows to ask for the file again. */
    static final String PREFIX = "csv:";

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Train on your own data: a CSV of feature columns plus a label column (header optional).")
    Path file;

    @Option(names = "--label-column", paramLabel = "NAME|INDEX",
            description = "The label column of --csv, by header name or 0-based index; negative counts from the end "
                    + "(default: the last column).")
    String labelColumn;

    boolean isSet() {
        return file != null;
    }

    Dataset read(long seed) throws IOException {
        return readLabeled(seed).dataset();
    }

    /** The file with its column names and original labels, which a CSV written back must carry. */
    LabeledCsv readLabeled(long seed) throws IOException {
        LabeledCsvOptions options = LabeledCsvOptions.defaults().withSeed(seed);
        if (labelColumn != null) {
            String c = labelColumn.trim();
            options = options.withLabelColumn(c.matches("-?\\d+") ? ColumnChoice.at(Integer.parseInt(c))
                    : ColumnChoice.named(c));
        }
        return LabeledCsvReader.read(file, options);
    }

    String datasetName() {
        return PREFIX + file.getFileName();
    }
}
