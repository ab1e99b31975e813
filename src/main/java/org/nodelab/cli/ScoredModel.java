package org.nodelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.LabeledCsv;
import org.nodelab.train.data.TaskKind;

/**
 * A saved model with the data it is scored on, opened the way {@code eval} opens it: the dataset rebuilt from
 * the file's training settings (or read again from the --csv an imported run needs), a {@link Trainer} over it,
 * and the saved parameters copied in. Commands that must agree with {@code eval} point for point share this.
 */
final class ScoredModel implements AutoCloseable {

    private final LoadedModel loaded;
    private final Trainer trainer;
    private final List<String> featureNames;
    private final List<String> classNames;

    private ScoredModel(LoadedModel loaded, Trainer trainer, List<String> featureNames, List<String> classNames) {
        this.loaded = loaded;
        this.trainer = trainer;
        this.featureNames = featureNames;
        this.classNames = classNames;
    }

    /**
     * @param adjust changes to the saved config for this use (tolerances, gradient method); not the dataset
     */
    static ScoredModel open(Path file, CsvSelection csv, UnaryOperator<TrainingConfig> adjust) throws IOException {
        LoadedModel loaded = ModelFiles.load(file);
        try {
            TrainingConfig config = adjust.apply(loaded.config());
            boolean fromCsv = config.data().dataset().startsWith(CsvSelection.PREFIX);
            if (!fromCsv && csv.isSet()) {
                throw new IllegalArgumentException(file + " was trained on the built-in dataset '"
                        + config.data().dataset() + "', which is rebuilt from its seed; leave --csv out");
            }
            if (fromCsv && !csv.isSet()) {
                throw new IllegalArgumentException(file + " was trained on an imported CSV ("
                        + config.data().dataset().substring(CsvSelection.PREFIX.length())
                        + "); give the file again with --csv");
            }
            Trainer trainer;
            List<String> features;
            List<String> classes = null;
            if (fromCsv) {
                LabeledCsv imported = csv.readLabeled(config.data().seed());
                trainer = new Trainer(config, imported.dataset());
                features = imported.featureNames();
                classes = imported.classNames();
            } else {
                trainer = new Trainer(config);
                features = generatedNames(trainer.data());
            }
            try {
                ModelShapes.requireSame(file, loaded.model(), trainer.model(), config.data().dataset());
            } catch (IllegalArgumentException e) {
                trainer.close();
                throw e;
            }
            System.arraycopy(loaded.model().parameters(), 0, trainer.model().parameters(), 0,
                    loaded.model().parameterCount());
            trainer.model().parametersChanged();
            return new ScoredModel(loaded, trainer, features, classes);
        } catch (RuntimeException | IOException e) {
            loaded.model().close();
            throw e;
        }
    }

    /** The generators' coordinates are x1, x2, ...; the oscillator's inputs are its initial state (x0, v0). */
    private static List<String> generatedNames(Dataset data) {
        if (data.kind() == TaskKind.TIME_SERIES && data.featureDimension() == 2) {
            return List.of("x0", "v0");
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= data.featureDimension(); j++) {
            names.add("x" + j);
        }
        return names;
    }

    LoadedModel loaded() {
        return loaded;
    }

    /** Holds the dataset, the model with the saved parameters, and the training solver rules. */
    Trainer trainer() {
        return trainer;
    }

    /** The feature columns' names, in feature order. */
    List<String> featureNames() {
        return featureNames;
    }

    /** For an imported CSV, the original label of each class index; null for a generated set. */
    List<String> classNames() {
        return classNames;
    }

    @Override
    public void close() {
        try {
            trainer.close();
        } finally {
            loaded.model().close();
        }
    }
}
