package org.nodelab.model.family;

import java.util.Random;
import java.util.Set;
import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;
import org.nodelab.model.ModelSetting;

/**
 * SONODE over [x, v]: x' = v, v' = f([x, v], t). θ = [MLP (2d+1 → d) | input map (the initial velocity, always
 * learned) | readout].
 */
final class SecondOrderFamily extends FlowFamily {

    SecondOrderFamily() {
        super("sonode", "Second-order neural ODE: the network sets the acceleration from position and velocity.");
    }

    @Override
    boolean secondOrder() {
        return true;
    }

    @Override
    boolean velocityMap(ModelConfig config) {
        return true;
    }

    @Override
    int fieldParameterCount(int d, ModelConfig config) {
        return Mlp.parameterCount(2 * d, d, config.width(), config.depth());
    }

    @Override
    ModelField createField(int d, ModelConfig config, double[] theta, Random random) {
        SecondOrderField field = new SecondOrderField(d, config, theta);
        field.mlp().initialize(theta, 0, random);
        return field;
    }

    @Override
    void addFieldBlocks(ParameterLayout layout, int d, ModelConfig config) {
        layout.mlp("field.f", 2 * d, config);
    }

    @Override
    String firstStateName() {
        return "x";
    }

    @Override
    String secondStateName() {
        return "v";
    }

    @Override
    public Set<ModelSetting> settings() {
        return MLP_SETTINGS;
    }
}
