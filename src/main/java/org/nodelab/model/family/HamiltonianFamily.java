package org.nodelab.model.family;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;
import org.nodelab.model.ModelSetting;
import org.nodelab.ode.Method;

/**
 * Haber–Ruthotto's Hamiltonian network over [y, z]: y' = tanh(K z + b), z' = −tanh(Kᵀ y + b), a split system
 * stepped with Verlet by default. θ = [K (d × d) | b (d) | readout]; width, depth and activation are not read.
 */
final class HamiltonianFamily extends FlowFamily {

    HamiltonianFamily() {
        super("hamiltonian", "Haber-Ruthotto Hamiltonian network: two coupled halves stepped with leapfrog, which "
                + "preserves volume.");
    }

    @Override
    boolean secondOrder() {
        return true;
    }

    @Override
    int fieldParameterCount(int d, ModelConfig config) {
        return HamiltonianField.parameterCount(d);
    }

    @Override
    ModelField createField(int d, ModelConfig config, double[] theta, Random random) {
        FlowModel.uniform(theta, random, 0, d * d, Math.sqrt(3.0 / d));
        return new HamiltonianField(d, theta);
    }

    @Override
    void addFieldBlocks(ParameterLayout layout, int d, ModelConfig config) {
        layout.add("field.K", new int[] {d, d}, "y' = tanh(K z + b), z' = −tanh(Kᵀ y + b)");
        layout.add("field.b", new int[] {d}, "bias b");
    }

    @Override
    String firstStateName() {
        return "y";
    }

    @Override
    String secondStateName() {
        return "z";
    }

    @Override
    public Method preferredMethod() {
        return Method.VERLET;
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.AUGMENT, ModelSetting.SEED);
    }
}
