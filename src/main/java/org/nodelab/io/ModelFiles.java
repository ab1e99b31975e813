package org.nodelab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;
import org.nodelab.model.ParameterBlock;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.Method;
import org.nodelab.train.DataConfig;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.OptimizerConfig;
import org.nodelab.train.RegularizerConfig;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.SolverConfig;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/**
 * Model files: versioned JSON with the family, both configs, the parameter layout, the weights and a history
 * summary (schema in docs/model-format.md). Loading checks everything and refuses, with a message that names
 * the problem, files that are oversized, truncated, malformed or inconsistent with the model they describe.
 */
public final class ModelFiles {

    public static final String FORMAT = "nodelab-model";
    public static final int SCHEMA_VERSION = 1;
    /** Far above any model the lab trains (a width-4096 MLP is about 17 million numbers, ~400 MB as text). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxNumberLength(64).maxStringLength(1 << 20).build());
    }

    private ModelFiles() {
    }

    public static void save(Path file, Trainer trainer, HistorySummary history) throws IOException {
        save(file, trainer.config(), trainer.model(), history);
    }

    /** Writes atomically: a crash half-way leaves the previous file intact. */
    public static void save(Path file, TrainingConfig config, NeuralOdeModel model, HistorySummary history)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("family", model.family().id());
        ModelConfig m = model.config();
        ObjectNode mc = root.putObject("model");
        mc.put("inputDimension", m.inputDimension());
        mc.put("outputDimension", m.outputDimension());
        mc.put("width", m.width());
        mc.put("depth", m.depth());
        mc.put("activation", m.activation().name().toLowerCase(java.util.Locale.ROOT));
        mc.put("augment", m.augment());
        mc.put("damping", m.damping());
        mc.put("learnDamping", m.learnDamping());
        mc.put("xi", m.xi());
        mc.put("gammaShift", m.gammaShift());
        mc.put("learnInitialVelocity", m.learnInitialVelocity());
        mc.put("seed", m.seed());
        mc.put("stateDimension", model.stateDimension());
        ObjectNode tc = root.putObject("training");
        tc.put("dataset", config.data().dataset());
        tc.put("points", config.data().points());
        tc.put("noise", config.data().noise());
        tc.put("dataSeed", config.data().seed());
        tc.put("solver", config.solver().method().id());
        tc.put("rtol", config.solver().rtol());
        tc.put("atol", config.solver().atol());
        tc.put("maxSteps", config.solver().maxSteps());
        tc.put("gradient", config.gradient().name().toLowerCase(java.util.Locale.ROOT));
        tc.put("learningRate", config.optimizer().learningRate());
        tc.put("clipNorm", config.optimizer().clipNorm());
        tc.put("regularizer", config.regularizer().kind().id());
        tc.put("regularizationStrength", config.regularizer().strength());
        tc.put("integrationTime", config.integrationTime());
        tc.put("batchSize", config.optimizer().batchSize());
        ArrayNode layout = root.putArray("parameterLayout");
        for (ParameterBlock block : model.parameterLayout()) {
            ObjectNode b = layout.addObject();
            b.put("name", block.name());
            b.put("offset", block.offset());
            ArrayNode shape = b.putArray("shape");
            for (int s : block.shape()) {
                shape.add(s);
            }
            b.put("description", block.description());
        }
        ArrayNode values = root.putArray("parameters");
        for (double v : model.parameters()) {
            values.add(v);
        }
        ObjectNode h = root.putObject("history");
        h.put("iterations", history.iterations());
        putNumber(h, "finalTrainLoss", history.finalTrainLoss());
        putNumber(h, "finalTestLoss", history.finalTestLoss());
        putNumber(h, "finalTrainAccuracy", history.finalTrainAccuracy());
        putNumber(h, "finalTestAccuracy", history.finalTestAccuracy());
        putNumber(h, "meanNfeForward", history.meanNfeForward());
        putNumber(h, "meanNfeBackward", history.meanNfeBackward());

        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".nodelab-", ".tmp");
        try {
            MAPPER.writeValue(temporary.toFile(), root);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static LoadedModel load(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": no such file");
        }
        if (size > MAX_BYTES) {
            throw new ModelFileException(file + ": the file is " + (size >> 20) + " MB; model files are at most "
                    + (MAX_BYTES >> 20) + " MB");
        }
        if (size == 0) {
            throw new ModelFileException(file + ": the file is empty");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), parse(file.toString(), in));
        }
    }

    /**
     * Loads a model from a stream (a class-path resource, say) with the same checks as {@link #load(Path)};
     * {@code name} stands for the file in messages. Reads at most {@link #MAX_BYTES} + 1 bytes; the caller
     * closes the stream.
     */
    public static LoadedModel load(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ModelFileException(name + ": the model is over " + (MAX_BYTES >> 20) + " MB; model files are "
                    + "at most " + (MAX_BYTES >> 20) + " MB");
        }
        if (bytes.length == 0) {
            throw new ModelFileException(name + ": the file is empty");
        }
        return read(name, parse(name, new java.io.ByteArrayInputStream(bytes)));
    }

    private static JsonNode parse(String name, InputStream in) throws IOException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ModelFileException(name + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    static LoadedModel read(String name, JsonNode root) {
        Fields f = new Fields(name, root);
        String format = f.text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new ModelFileException(name + ": this is not a NODE Lab model file (format is '" + format
                    + "', expected '" + FORMAT + "')");
        }
        int version = f.integer(root, "schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw new ModelFileException(name + ": schema version " + version + " is not supported; this NODE Lab "
                    + "reads version " + SCHEMA_VERSION);
        }
        ModelFamily family;
        try {
            family = ModelFamilies.fromId(f.text(root, "family"));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": " + e.getMessage());
        }
        JsonNode mc = f.object(root, "model");
        JsonNode tc = f.object(root, "training");
        TrainingConfig config;
        try {
            ModelConfig model = new ModelConfig(family, f.integer(mc, "inputDimension"),
                    f.integer(mc, "outputDimension"), f.integer(mc, "width"), f.integer(mc, "depth"),
                    ModelConfig.Activation.valueOf(f.text(mc, "activation").toUpperCase(java.util.Locale.ROOT)),
                    f.integer(mc, "augment"), f.number(mc, "damping"), f.bool(mc, "learnDamping"),
                    f.number(mc, "xi"), f.number(mc, "gammaShift"), f.bool(mc, "learnInitialVelocity"),
                    f.integer(mc, "seed"));
            config = new TrainingConfig(model,
                    new DataConfig(f.text(tc, "dataset"), f.integer(tc, "points"), f.number(tc, "noise"),
                            f.integer(tc, "dataSeed")),
                    new SolverConfig(Method.fromId(f.text(tc, "solver")), f.number(tc, "rtol"), f.number(tc, "atol"),
                            f.integer(tc, "maxSteps")),
                    new OptimizerConfig(f.number(tc, "learningRate"), f.number(tc, "clipNorm"),
                            f.integer(tc, "batchSize")),
                    new RegularizerConfig(RegularizerKind.fromId(f.text(tc, "regularizer")),
                            f.number(tc, "regularizationStrength")),
                    f.number(tc, "integrationTime"), GradientMethod.fromId(f.text(tc, "gradient")), 10);
        } catch (ModelFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(name + ": inconsistent settings: " + e.getMessage(), e);
        }
        NeuralOdeModel model = NeuralOdeModels.create(config.model());
        if (model.stateDimension() != f.integer(mc, "stateDimension")) {
            throw new ModelFileException(name + ": model.stateDimension is " + f.integer(mc, "stateDimension")
                    + " but a " + family.id() + " with these settings has " + model.stateDimension());
        }
        checkLayout(name, f, f.array(root, "parameterLayout"), model.parameterLayout());
        JsonNode values = f.array(root, "parameters");
        double[] theta = model.parameters();
        if (values.size() != theta.length) {
            throw new ModelFileException(name + ": the file has " + values.size() + " parameters but a " + family.id()
                    + " with these settings has " + theta.length + " (is the file truncated or edited?)");
        }
        for (int i = 0; i < theta.length; i++) {
            JsonNode v = values.get(i);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new ModelFileException(name + ": parameters[" + i + "] is " + v + "; every parameter must be "
                        + "a finite number");
            }
            theta[i] = v.asDouble();
        }
        model.parametersChanged();
        JsonNode h = f.object(root, "history");
        HistorySummary history = new HistorySummary(f.integer(h, "iterations"), f.numberOrNaN(h, "finalTrainLoss"),
                f.numberOrNaN(h, "finalTestLoss"), f.numberOrNaN(h, "finalTrainAccuracy"),
                f.numberOrNaN(h, "finalTestAccuracy"), f.numberOrNaN(h, "meanNfeForward"),
                f.numberOrNaN(h, "meanNfeBackward"));
        return new LoadedModel(config, model, history);
    }

    private static void checkLayout(String name, Fields f, JsonNode layout, List<ParameterBlock> expected) {
        if (layout.size() != expected.size()) {
            throw new ModelFileException(name + ": parameterLayout has " + layout.size() + " blocks; expected "
                    + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            ParameterBlock want = expected.get(i);
            JsonNode got = layout.get(i);
            String blockName = f.text(got, "name");
            int offset = f.integer(got, "offset");
            JsonNode shape = f.array(got, "shape");
            boolean sameShape = shape.size() == want.shape().length;
            for (int k = 0; sameShape && k < shape.size(); k++) {
                sameShape = shape.get(k).asInt() == want.shape()[k];
            }
            if (!blockName.equals(want.name()) || offset != want.offset() || !sameShape) {
                throw new ModelFileException(name + ": parameterLayout[" + i + "] is " + blockName + " at " + offset
                        + " with shape " + shape + "; expected " + want.name() + " at " + want.offset()
                        + " with shape " + java.util.Arrays.toString(want.shape()));
            }
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
