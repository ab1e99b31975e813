package org.nodelab.model.family;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.nodelab.model.Knob;
import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;
import org.nodelab.model.ModelSetting;

/**
 * HBNODE over [h, m]: h' = m, m' = −γ m + f(h, t). θ = [MLP (d+1 → d) | γ_raw if learned | input map if the
 * initial momentum is learned | readout]. The damping γ is a live knob.
 */
class HeavyBallFamily extends FlowFamily {

    private static final Set<ModelSetting> SETTINGS = EnumSet.of(ModelSetting.WIDTH, ModelSetting.DEPTH,
            ModelSetting.ACTIVATION, ModelSetting.AUGMENT, ModelSetting.LEARN_DAMPING,
            ModelSetting.LEARN_INITIAL_VELOCITY, ModelSetting.SEED);

    private final boolean generalized;

    HeavyBallFamily() {
        this("hbnode", "Heavy-ball neural ODE: the learned field pushes a momentum, damped by gamma, which moves "
                + "the state.", false);
    }

    HeavyBallFamily(String id, String explanation, boolean generalized) {
        super(id, explanation);
        this.generalized = generalized;
    }

    @Override
    boolean secondOrder() {
        return true;
    }

    @Override
    boolean velocityMap(ModelConfig config) {
        return config.learnInitialVelocity();
    }

    @Override
    int fieldParameterCount(int d, ModelConfig config) {
        return Mlp.parameterCount(d, d, config.width(), config.depth()) + (config.learnDamping() ? 1 : 0);
    }

    @Override
    ModelField createField(int d, ModelConfig config, double[] theta, Random random) {
        HeavyBallField field = new HeavyBallField(d, config, generalized, theta);
        field.mlp().initialize(theta, 0, random);
        if (config.learnDamping()) {
            theta[field.rawDampingIndex()] = Math.log(config.damping() / (1 - config.damping()));
        }
        return field;
    }

    @Override
    void addFieldBlocks(ParameterLayout layout, int d, ModelConfig config) {
        layout.mlp("field.f", d, config);
        if (config.learnDamping()) {
            layout.add("field.gamma_raw", new int[] {1}, "damping γ = sigmoid(gamma_raw)");
        }
    }

    @Override
    String firstStateName() {
        return "h";
    }

    @Override
    String secondStateName() {
        return "m";
    }

    @Override
    public Set<Knob> knobs() {
        return EnumSet.of(Knob.DAMPING);
    }

    @Override
    public Set<ModelSetting> settings() {
        return SETTINGS;
    }
}
