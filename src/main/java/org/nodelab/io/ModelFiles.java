package org.nodelab.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;
import org.nodelab.model.ParameterBlock;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/**
 * Model files: versioned JSON with the family, both configs, the parameter layout, the weights and a history
 * summary (schema in docs/model-format.md), bound by Jackson to {@link ModelFileJson}. Loading checks everything
 * and refuses, with a message that names the problem, files that are oversized, truncated, malformed or inconsistent with the model they describe.
 */
public final class ModelFiles {

    public static final String FORMAT = "nodelab-model";
    public static final int SCHEMA_VERSION = 1;
    /**
     * Room for the largest model the lab can build ({@link ModelConfig#MAX_PARAMETERS} numbers at their longest
     * JSON spelling, 25 characters and a comma, plus the layout and configs), so whatever is trained loads again.
     */
    public static final long MAX_BYTES = ModelConfig.MAX_PARAMETERS * 26 + 4L * 1024 * 1024;

    /**
     * Exactly the format, nothing more: no "8" for 8, no 8.5 for a whole number, no null parameter, no key the
     * format does not describe, no key twice, and nothing after the object. A file that says more than the
     * format is either damaged or from another version, and loading part of it would answer wrongly.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Fields a file may leave out: a block's description, the history's figures (null when there are none), and
     * the adjoint norm (files written before it was a setting get the default, torchdiffeq's mixed norm).
     */
    private static final Set<String> OPTIONAL = Set.of("description", "adjointNorm", "finalTrainLoss", "finalTestLoss",
            "finalTrainAccuracy", "finalTestAccuracy", "meanNfeForward", "meanNfeBackward");

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxNumberLength(64).maxStringLength(1 << 20).build());
    }

    private ModelFiles() {
    }

    public static void save(Path file, Trainer trainer, HistorySummary history) throws IOException {
        save(file, trainer.config(), trainer.model(), history);
    }

    /** Writes atomically through {@link SafeFileWrite}: a crash half-way leaves the previous file intact. */
    public static void save(Path file, TrainingConfig config, NeuralOdeModel model, HistorySummary history)
            throws IOException {
        ModelFileJson root = ModelFileJson.of(config, model, history);
        SafeFileWrite.write(file, out -> MAPPER.writeValue(out, root));
    }

    public static LoadedModel load(Path file) throws IOException {
        return read(file.toString(), BoundedJsonFile.read(file, "model file", MAX_BYTES, MAPPER));
    }

    /**
     * Loads a model from a stream (a class-path resource, say) with the same checks as {@link #load(Path)};
     * {@code name} stands for the file in messages. Reads at most {@link #MAX_BYTES} + 1 bytes; the caller
     * closes the stream.
     */
    public static LoadedModel load(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ModelFileException(name + ": the model is over " + BoundedJsonFile.megabytes(MAX_BYTES) + "; model files are "
                    + "at most " + BoundedJsonFile.megabytes(MAX_BYTES));
        }
        if (bytes.length == 0) {
            throw new ModelFileException(name + ": the file is empty");
        }
        return read(name, BoundedJsonFile.parse(name, new java.io.ByteArrayInputStream(bytes), MAPPER));
    }


    static LoadedModel read(String name, JsonNode root) {
        ModelFileJson file = JsonBinding.bind(name, MAPPER, root, ModelFileJson.class);
        JsonBinding.requireAll(name, file, OPTIONAL);
        if (!FORMAT.equals(file.format())) {
            throw new ModelFileException(name + ": this is not a NODE Lab model file (format is '" + file.format()
                    + "', expected '" + FORMAT + "')");
        }
        if (file.schemaVersion() != SCHEMA_VERSION) {
            throw new ModelFileException(name + ": schema version " + file.schemaVersion() + " is not supported; "
                    + "this NODE Lab reads version " + SCHEMA_VERSION);
        }
        String family;
        try {
            family = ModelFamilies.fromId(file.family()).id();
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": " + e.getMessage());
        }
        TrainingConfig config;
        try {
            config = file.config();
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": inconsistent settings: " + e.getMessage(), e);
        }
        NeuralOdeModel model = NeuralOdeModels.create(config.model());
        int stateDimension = file.model().stateDimension();
        if (model.stateDimension() != stateDimension) {
            throw new ModelFileException(name + ": model.stateDimension is " + stateDimension + " but a " + family
                    + " with these settings has " + model.stateDimension());
        }
        checkLayout(name, file.parameterLayout(), model.parameterLayout());
        double[] values = file.parameters();
        double[] theta = model.parameters();
        if (values.length != theta.length) {
            throw new ModelFileException(name + ": the file has " + values.length + " parameters but a " + family
                    + " with these settings has " + theta.length + " (is the file truncated or edited?)");
        }
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ModelFileException(name + ": parameters[" + i + "] is " + root.get("parameters").get(i)
                        + "; every parameter must be a finite number");
            }
        }
        System.arraycopy(values, 0, theta, 0, theta.length);
        model.parametersChanged();
        HistorySummary history;
        try {
            history = file.historySummary();
        } catch (IllegalArgumentException e) {
            model.close();
            throw new ModelFileException(name + ": " + e.getMessage(), e);
        }
        return new LoadedModel(config, model, history);
    }

    private static void checkLayout(String name, List<ModelFileJson.BlockPart> layout, List<ParameterBlock> expected) {
        if (layout.size() != expected.size()) {
            throw new ModelFileException(name + ": parameterLayout has " + layout.size() + " blocks; expected "
                    + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            ParameterBlock want = expected.get(i);
            ModelFileJson.BlockPart got = layout.get(i);
            if (!got.name().equals(want.name()) || got.offset() != want.offset()
                    || !java.util.Arrays.equals(got.shape(), want.shape())) {
                throw new ModelFileException(name + ": parameterLayout[" + i + "] is " + got.name() + " at "
                        + got.offset() + " with shape " + java.util.Arrays.toString(got.shape()) + "; expected "
                        + want.name() + " at " + want.offset() + " with shape "
                        + java.util.Arrays.toString(want.shape()));
            }
        }
    }
}
