package org.nodelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainerState;
import org.nodelab.train.TrainingConfig;

/**
 * Session files: a run saved so that it can be reopened, continued and compared (schema in
 * sample-models/FORMAT.md). The config and weights are a model file's JSON under "model", read with every
 * check {@link ModelFiles} makes; around it the trainer's state (Adam's moments, the counters, the random
 * stream), every iteration's figures, the view settings and the explored system. Read as strictly as a model:
 * unknown or repeated keys, a wrong type, a missing field, a non-finite or out-of-range number, a size over
 * {@link #MAX_BYTES} or another version are refused with a message that names the file and the field.
 */
public final class SessionFiles {

    public static final String FORMAT = "nodelab-session";
    public static final int SCHEMA_VERSION = 1;
    /** The model's bound, its optimizer moments (two numbers per parameter) and a full history. */
    public static final long MAX_BYTES = 3 * ModelFiles.MAX_BYTES + (long) RunHistory.MAX_ROWS * 256;

    /** Fields a file may leave out: the explored system, and null cells of the history (NaN). */
    private static final Set<String> OPTIONAL = Set.of("exploration", "center");

    private SessionFiles() {
    }

    /** Saves where {@code trainer} stands, with these figures, settings and explored system (or null). */
    public static void write(Path file, Trainer trainer, RunHistory history, ViewSettings view,
                             SessionExploration exploration) throws IOException {
        write(file, trainer.config(), trainer.model(), trainer.state(), history, view, exploration);
    }

    /** Saves a run without a window: no view settings and no explored system. */
    public static void write(Path file, Trainer trainer, RunHistory history) throws IOException {
        write(file, trainer, history, ViewSettings.none(), null);
    }

    /** Writes atomically through {@link SafeFileWrite}: a crash half-way leaves the previous file intact. */
    static void write(Path file, TrainingConfig config, NeuralOdeModel model, TrainerState state,
                      RunHistory history, ViewSettings view, SessionExploration exploration) throws IOException {
        JsonNode modelNode = ModelFiles.MAPPER.valueToTree(ModelFileJson.of(config, model, history.summary()));
        SessionFileJson root = new SessionFileJson(FORMAT, SCHEMA_VERSION, modelNode, config.analysisEvery(),
                new SessionFileJson.TrainerPart(state.iteration(), state.optimizerSteps(), state.randomState(),
                        state.optimizerMoments()),
                SessionFileJson.history(history), view.asMap(), SessionFileJson.exploration(exploration));
        SafeFileWrite.write(file, out -> ModelFiles.MAPPER.writeValue(out, root));
    }

    /**
     * Reads and checks a session file.
     *
     * @throws ModelFileException naming the file and what is wrong with it
     * @throws IOException        if it cannot be read at all
     */
    public static SessionFile read(Path file) throws IOException {
        return read(file.toString(), BoundedJsonFile.read(file, "session file", MAX_BYTES, ModelFiles.MAPPER));
    }

    static SessionFile read(String name, JsonNode root) {
        if (root != null && root.isObject() && root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            String found = root.get("format").asText();
            throw new ModelFileException(name + ": this is not a NODE Lab session file (format is '" + found
                    + "', expected '" + FORMAT + "')" + (ModelFiles.FORMAT.equals(found)
                    ? "; it is a model file: open it with Open Model File… or --model" : ""));
        }
        if (root != null && root.isObject() && root.path("schemaVersion").isInt()
                && root.get("schemaVersion").asInt() != SCHEMA_VERSION) {
            int version = root.get("schemaVersion").asInt();
            throw new ModelFileException(name + ": session schema version " + version + " is not supported; this "
                    + "NODE Lab reads version " + SCHEMA_VERSION + (version > SCHEMA_VERSION
                    ? " (the file was written by a newer NODE Lab)" : ""));
        }
        SessionFileJson file = JsonBinding.bind(name, ModelFiles.MAPPER, root, SessionFileJson.class);
        JsonBinding.requireAll(name, file, OPTIONAL);
        if (!FORMAT.equals(file.format())) {
            throw new ModelFileException(name + ": this is not a NODE Lab session file");
        }
        if (!file.model().isObject()) {
            throw new ModelFileException(name + ": the field 'model' must be an object (a model file's)");
        }
        LoadedModel loaded = ModelFiles.read(name + ", in 'model'", file.model());
        try {
            return assemble(name, file, loaded);
        } catch (IllegalArgumentException e) {
            throw e instanceof ModelFileException m ? m : new ModelFileException(name + ": " + e.getMessage(), e);
        } finally {
            loaded.model().close();
        }
    }

    private static SessionFile assemble(String name, SessionFileJson file, LoadedModel loaded) {
        TrainingConfig config = loaded.config().withAnalysisEvery(file.analysisEvery());
        SessionFileJson.TrainerPart t = file.trainer();
        int parameters = loaded.model().parameterCount();
        if (t.iteration() < 0 || t.optimizerSteps() < 0) {
            throw new ModelFileException(name + ": trainer.iteration and trainer.optimizerSteps cannot be negative");
        }
        if (t.optimizerMoments().length != 2L * parameters) {
            throw new ModelFileException(name + ": trainer.optimizerMoments has " + t.optimizerMoments().length
                    + " numbers; a model of " + parameters + " parameters has " + 2L * parameters
                    + " (is the file truncated or edited?)");
        }
        double[] moments = t.optimizerMoments();
        for (int i = 0; i < moments.length; i++) {
            // The second moments are squares' averages: never negative in a run Adam made.
            if (!Double.isFinite(moments[i]) || i >= parameters && moments[i] < 0) {
                throw new ModelFileException(name + ": trainer.optimizerMoments[" + i + "] is " + moments[i]
                        + "; the moments must be finite, the second ones (from " + parameters + " on) not negative");
            }
        }
        TrainerState state = new TrainerState(t.iteration(), loaded.model().parameters(), moments,
                t.optimizerSteps(), t.randomState());
        ViewSettings view = ViewSettings.of(file.view());
        return new SessionFile(config, state, file.runHistory(t.iteration()), view, file.sessionExploration());
    }
}
