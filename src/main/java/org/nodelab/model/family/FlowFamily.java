package org.nodelab.model.family;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.nodelab.model.Knob;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.ModelField;
import org.nodelab.model.ModelSetting;
import org.nodelab.model.ModelTask;
import org.nodelab.model.ModelView;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.ParameterBlock;
import org.nodelab.model.StateNames;

/**
 * A family whose model is a flow on points ({@link FlowModel}): d = inputDimension + augment, the state is h
 * (d) or [h, second half] (2d), θ = [field | input map | readout]. A subclass says how big its field is, how it
 * is built and initialised, what its θ blocks are called and which knobs it turns.
 */
abstract class FlowFamily implements ModelFamily {

    /** What the MLP families read from a config. */
    static final Set<ModelSetting> MLP_SETTINGS = EnumSet.of(ModelSetting.WIDTH, ModelSetting.DEPTH,
            ModelSetting.ACTIVATION, ModelSetting.AUGMENT, ModelSetting.SEED);

    private final String id;
    private final String explanation;

    FlowFamily(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Whether the state is [h, m] of 2d numbers rather than h alone. */
    abstract boolean secondOrder();

    /** Whether the state's second half starts from a learned linear map of the input (else zero). */
    boolean velocityMap(ModelConfig config) {
        return false;
    }

    /** Length of the field's slice of θ for hidden dimension d. */
    abstract int fieldParameterCount(int d, ModelConfig config);

    /** Builds the field over θ and draws its initial parameters from {@code random}, first of all draws. */
    abstract ModelField createField(int d, ModelConfig config, double[] theta, Random random);

    /** Adds the field's θ blocks, in order, to {@code layout}. */
    abstract void addFieldBlocks(ParameterLayout layout, int d, ModelConfig config);

    /** Name of the state's first component (h₁ ...), and of the second half's, or null when there is none. */
    abstract String firstStateName();

    String secondStateName() {
        return null;
    }

    @Override
    public Set<Knob> knobs() {
        return EnumSet.noneOf(Knob.class);
    }

    @Override
    public NeuralOdeModel create(ModelConfig config) {
        return new FlowModel(this, config);
    }

    @Override
    public List<ParameterBlock> parameterLayout(NeuralOdeModel model) {
        ModelConfig c = model.config();
        int d = model.hiddenDimension();
        ParameterLayout layout = new ParameterLayout(id);
        addFieldBlocks(layout, d, c);
        layout.check(model.inputMapOffset(), "field");
        if (velocityMap(c)) {
            layout.add("input.V", new int[] {c.inputDimension(), d},
                    "initial momentum/velocity = x·V + e (row-major, input i to state j)");
            layout.add("input.e", new int[] {d}, "initial momentum/velocity bias e");
        }
        layout.check(model.readoutOffset(), "input map");
        layout.add("readout.R", new int[] {d, c.outputDimension()},
                "outputs = h·R + c, h the first d numbers of the final state");
        layout.add("readout.c", new int[] {c.outputDimension()}, "output bias c");
        layout.check(model.parameterCount(), "readout");
        return layout.blocks();
    }

    @Override
    public List<String> stateNames(int stateDimension) {
        return StateNames.of(firstStateName(), secondStateName(), stateDimension);
    }

    @Override
    public Set<ModelTask> tasks() {
        return EnumSet.of(ModelTask.CLASSIFICATION, ModelTask.TIME_SERIES);
    }

    @Override
    public Set<ModelView> views() {
        return EnumSet.allOf(ModelView.class);
    }

}
