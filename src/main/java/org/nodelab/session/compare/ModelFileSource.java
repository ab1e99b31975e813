package org.nodelab.session.compare;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;

/**
 * A model file alone ({@code train --save}): its configuration and the figures saved with it, but no curve.
 * Read with every check {@link ModelFiles#load} makes.
 */
final class ModelFileSource implements RunSource {

    @Override
    public String kind() {
        return "model file";
    }

    @Override
    public boolean accepts(List<FileHead> files) {
        return files.size() == 1 && files.get(0).declaresFormat(ModelFiles.FORMAT);
    }

    @Override
    public ComparedRun load(List<FileHead> files, String name) throws IOException {
        FileHead file = files.get(0);
        LoadedModel loaded = ModelFileReading.load(file.path());
        try {
            String id = RunColours.digestId(ConfigSettings.flatten(loaded.config()).toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), Integer.toString(Arrays.hashCode(
                    loaded.model().parameters())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new ComparedRun(id, name, loaded.config(), RunSeries.empty(), loaded.history(),
                    file.path().toString(), file.path());
        } finally {
            loaded.model().close();
        }
    }
}
