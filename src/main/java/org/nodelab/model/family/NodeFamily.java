package org.nodelab.model.family;

import java.util.Random;
import java.util.Set;
import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;
import org.nodelab.model.ModelSetting;

/** NODE: h' = f(h, t), f an MLP from d + 1 inputs to d outputs; θ = [MLP | readout]. */
class NodeFamily extends FlowFamily {

    NodeFamily() {
        this("node", "Neural ODE: the state flows along a learned vector field h' = f(h, t).");
    }

    NodeFamily(String id, String explanation) {
        super(id, explanation);
    }

    @Override
    boolean secondOrder() {
        return false;
    }

    @Override
    int fieldParameterCount(int d, ModelConfig config) {
        return Mlp.parameterCount(d, d, config.width(), config.depth());
    }

    @Override
    ModelField createField(int d, ModelConfig config, double[] theta, Random random) {
        NodeField field = new NodeField(d, config, theta);
        field.mlp().initialize(theta, 0, random);
        return field;
    }

    @Override
    void addFieldBlocks(ParameterLayout layout, int d, ModelConfig config) {
        layout.mlp("field.f", d, config);
    }

    @Override
    String firstStateName() {
        return "h";
    }

    @Override
    public Set<ModelSetting> settings() {
        return MLP_SETTINGS;
    }
}
