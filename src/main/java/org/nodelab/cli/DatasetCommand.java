package org.nodelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.nodelab.io.SafeFileWrite;
import org.nodelab.train.data.DataPart;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.TaskKind;
import org.nodelab.train.data.TimeSeriesLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the points a saved model is scored on, so that someone outside the lab (PyTorch, say) can score the
 * model on exactly them: the dataset is rebuilt as {@code eval} rebuilds it, and the chosen part is written in
 * the order {@code eval} solves it.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Write the test (or train) points and labels a saved model is scored on, as CSV.")
public final class DatasetCommand implements Callable<Integer> {

    /** Which part of the dataset to write. */
    enum Split { TEST, TRAIN }

    @Spec
    CommandSpec spec;

    @Option(names = "--model-file", required = true, paramLabel = "FILE", description = "A model saved by train --save.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Option(names = "--split", paramLabel = "test|train", defaultValue = "test",
            description = "Which part: test (what eval scores; the default) or train.")
    Split split;

    @picocli.CommandLine.Mixin
    CsvSelection csv;

    @Override
    public Integer call() throws IOException {
        // Refuse a bad target before rebuilding the data, and never touch a file we could not replace whole.
        SafeFileWrite.checkWritable(out);
        try (ScoredModel scored = ScoredModel.open(file, csv, UnaryOperator.identity())) {
            Dataset data = scored.trainer().data();
            boolean test = split == Split.TEST;
            DataPart part = test ? data.test() : data.train();
            DatasetCsv table;
            if (data.kind() == TaskKind.TIME_SERIES) {
                TimeSeriesLayout layout = data.timeSeriesLayout().orElseThrow();
                table = DatasetCsv.timeSeries(scored.featureNames(), part, layout,
                        test ? layout.times() : layout.trainTimes());
            } else {
                table = DatasetCsv.labeled(scored.featureNames(), part);
            }
            SafeFileWrite.write(out, table::writeTo);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("path", out.toAbsolutePath().normalize().toString());
            result.put("split", test ? "test" : "train");
            result.put("rows", table.rows());
            result.put("columns", table.columns());
            result.put("dataset", scored.loaded().config().data().dataset());
            result.put("task", data.kind() == TaskKind.TIME_SERIES ? "timeSeries" : "classification");
            if (scored.classNames() != null) {
                // The CSV holds class indices; this maps each back to the label text of the imported file.
                result.put("classNames", scored.classNames());
            }
            JsonOutput.print(spec.commandLine().getOut(), result);
        }
        return 0;
    }
}
