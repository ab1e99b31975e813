package org.nodelab.session.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nodelab.io.HistorySummary;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.UserFileException;

/**
 * A {@code train --log} file with the {@code --save} model file of the same run (in either order): the log
 * gives the curves, the model the configuration. They must agree: the same number of iterations and the same
 * last test loss, or they are not from one run.
 */
final class TrainLogSource implements RunSource {

    @Override
    public String kind() {
        return "training log with its model file";
    }

    @Override
    public boolean accepts(List<FileHead> files) {
        return files.size() == 2 && (isPair(files.get(0), files.get(1)) || isPair(files.get(1), files.get(0)));
    }

    private static boolean isPair(FileHead log, FileHead model) {
        return TrainLogReader.looksLikeLog(log.firstLine()) && model.declaresFormat(ModelFiles.FORMAT);
    }

    @Override
    public ComparedRun load(List<FileHead> files, String name) throws IOException {
        boolean logFirst = isPair(files.get(0), files.get(1));
        FileHead log = logFirst ? files.get(0) : files.get(1);
        FileHead model = logFirst ? files.get(1) : files.get(0);
        TrainLog read = TrainLogReader.read(log.path());
        LoadedModel loaded = ModelFileReading.load(model.path());
        try {
            HistorySummary saved = loaded.history();
            RunSeries s = read.series();
            if (saved.iterations() != s.size()) {
                throw new UserFileException(log.path(), "and " + model.path() + " are not from the same run: the "
                        + "log has " + s.size() + " iterations but the model was saved after " + saved.iterations());
            }
            double lastTestLoss = s.value(Metric.TEST_LOSS, s.size() - 1);
            if (Double.compare(lastTestLoss, saved.finalTestLoss()) != 0) {
                throw new UserFileException(log.path(), "and " + model.path() + " are not from the same run: the "
                        + "log's last test loss is " + lastTestLoss + " but the model's is " + saved.finalTestLoss());
            }
            String id = RunColours.digestId(read.digest().getBytes(StandardCharsets.UTF_8));
            return new ComparedRun(id, name, loaded.config(), s, saved, log.path() + " with " + model.path()
                    + (read.faultLine() == null ? "" : "; the run stopped at " + read.faultLine()),
                    model.path());
        } finally {
            loaded.model().close();
        }
    }
}
