package org.nodelab.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.ParameterBlock;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.ode.Method;
import org.nodelab.train.DataConfig;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.OptimizerConfig;
import org.nodelab.train.RegularizerConfig;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.SolverConfig;
import org.nodelab.train.TrainingConfig;

/**
 * A model file's JSON, field for field (schema in docs/model-format.md), which Jackson binds both ways: the
 * one place where the file's names meet the configs'. Every field is boxed so that a missing one reads as
 * null, which {@link JsonBinding#requireAll} turns into a message naming it.
 */
@JsonPropertyOrder({"format", "schemaVersion", "family", "model", "training", "parameterLayout", "parameters",
        "history"})
record ModelFileJson(String format, Integer schemaVersion, String family, ModelPart model, TrainingPart training,
                     List<BlockPart> parameterLayout, double[] parameters, HistoryPart history) {

    @JsonPropertyOrder({"inputDimension", "outputDimension", "width", "depth", "activation", "augment", "damping",
            "learnDamping", "xi", "gammaShift", "learnInitialVelocity", "seed", "stateDimension"})
    record ModelPart(Integer inputDimension, Integer outputDimension, Integer width, Integer depth,
                     String activation, Integer augment, Double damping, Boolean learnDamping, Double xi,
                     Double gammaShift, Boolean learnInitialVelocity, Long seed, Integer stateDimension) {
    }

    @JsonPropertyOrder({"dataset", "points", "noise", "dataSeed", "solver", "rtol", "atol", "maxSteps", "gradient",
            "adjointNorm", "learningRate", "clipNorm", "regularizer", "regularizationStrength", "integrationTime", "batchSize"})
    record TrainingPart(String dataset, Integer points, Double noise, Long dataSeed, String solver, Double rtol,
                        Double atol, Integer maxSteps, String gradient, String adjointNorm, Double learningRate, Double clipNorm,
                        String regularizer, Double regularizationStrength, Double integrationTime,
                        Integer batchSize) {
    }

    @JsonPropertyOrder({"name", "offset", "shape", "description"})
    record BlockPart(String name, Integer offset, int[] shape, String description) {
    }

    /** Figures of the last iteration; null where there are none (NaN is not JSON). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"iterations", "finalTrainLoss", "finalTestLoss", "finalTrainAccuracy", "finalTestAccuracy",
            "meanNfeForward", "meanNfeBackward"})
    record HistoryPart(Integer iterations, Double finalTrainLoss, Double finalTestLoss, Double finalTrainAccuracy,
                       Double finalTestAccuracy, Double meanNfeForward, Double meanNfeBackward) {
    }

    static ModelFileJson of(TrainingConfig config, NeuralOdeModel model, HistorySummary h) {
        ModelConfig m = model.config();
        ModelPart mp = new ModelPart(m.inputDimension(), m.outputDimension(), m.width(), m.depth(),
                m.activation().name().toLowerCase(Locale.ROOT), m.augment(), m.damping(), m.learnDamping(), m.xi(),
                m.gammaShift(), m.learnInitialVelocity(), m.seed(), model.stateDimension());
        DataConfig d = config.data();
        SolverConfig s = config.solver();
        OptimizerConfig o = config.optimizer();
        TrainingPart tp = new TrainingPart(d.dataset(), d.points(), d.noise(), d.seed(), s.method().id(), s.rtol(),
                s.atol(), s.maxSteps(), config.gradient().name().toLowerCase(Locale.ROOT), s.adjointNorm().id(), o.learningRate(),
                o.clipNorm(), config.regularizer().kind().id(), config.regularizer().strength(),
                config.integrationTime(), o.batchSize());
        List<BlockPart> layout = new ArrayList<>();
        for (ParameterBlock b : model.parameterLayout()) {
            layout.add(new BlockPart(b.name(), b.offset(), b.shape(), b.description()));
        }
        HistoryPart hp = new HistoryPart(h.iterations(), finite(h.finalTrainLoss()), finite(h.finalTestLoss()),
                finite(h.finalTrainAccuracy()), finite(h.finalTestAccuracy()), finite(h.meanNfeForward()),
                finite(h.meanNfeBackward()));
        return new ModelFileJson(ModelFiles.FORMAT, ModelFiles.SCHEMA_VERSION, model.family().id(), mp, tp, layout,
                model.parameters(), hp);
    }

    /** The configs the file describes; throws IllegalArgumentException with the configs' own messages. */
    TrainingConfig config() {
        ModelPart m = model;
        ModelConfig mc = new ModelConfig(ModelFamilies.fromId(family), m.inputDimension(), m.outputDimension(),
                m.width(), m.depth(), ModelConfig.Activation.valueOf(m.activation().toUpperCase(Locale.ROOT)),
                m.augment(), m.damping(), m.learnDamping(), m.xi(), m.gammaShift(), m.learnInitialVelocity(),
                m.seed());
        TrainingPart t = training;
        return new TrainingConfig(mc, new DataConfig(t.dataset(), t.points(), t.noise(), t.dataSeed()),
                new SolverConfig(Method.fromId(t.solver()), t.rtol(), t.atol(), t.maxSteps(),
                        t.adjointNorm() == null ? SolverConfig.DEFAULT_ADJOINT_NORM : AdjointNorm.fromId(t.adjointNorm())),
                new OptimizerConfig(t.learningRate(), t.clipNorm(), t.batchSize()),
                new RegularizerConfig(RegularizerKind.fromId(t.regularizer()), t.regularizationStrength()),
                t.integrationTime(), GradientMethod.fromId(t.gradient()), TrainingConfig.defaults().analysisEvery());
    }

    HistorySummary historySummary() {
        HistoryPart h = history;
        return new HistorySummary(h.iterations(), nan(h.finalTrainLoss()), nan(h.finalTestLoss()),
                nan(h.finalTrainAccuracy()), nan(h.finalTestAccuracy()), nan(h.meanNfeForward()),
                nan(h.meanNfeBackward()));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }
}
