package org.nodelab.model.family;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.nodelab.model.Knob;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelField;
import org.nodelab.model.ModelSetting;
import org.nodelab.model.NeuralOdeModel;

/**
 * Haber–Ruthotto's stable network: y' = tanh(K y + b), K = ½(W − Wᵀ − γI). θ = [W (d × d) | b (d) |
 * readout]; width, depth and activation are not read. The shift γ is a live knob.
 */
public final class AntisymmetricFamily extends FlowFamily {

    AntisymmetricFamily() {
        super("antisymmetric", "Haber-Ruthotto stable network: an antisymmetric weight matrix keeps the flow from "
                + "blowing up.");
    }

    /** K = ½(W − Wᵀ − γI) of an antisymmetric model (row-major d × d), for spectra. */
    public static double[] matrixK(NeuralOdeModel model) {
        if (model.field() instanceof AntisymmetricField f) {
            return f.matrixK();
        }
        throw new IllegalArgumentException("only the antisymmetric family has the matrix K");
    }

    @Override
    boolean secondOrder() {
        return false;
    }

    @Override
    int fieldParameterCount(int d, ModelConfig config) {
        return AntisymmetricField.parameterCount(d);
    }

    @Override
    ModelField createField(int d, ModelConfig config, double[] theta, Random random) {
        FlowModel.uniform(theta, random, 0, d * d, Math.sqrt(3.0 / d));
        return new AntisymmetricField(d, config, theta);
    }

    @Override
    void addFieldBlocks(ParameterLayout layout, int d, ModelConfig config) {
        layout.add("field.W", new int[] {d, d}, "K = ½(W − Wᵀ − γI); y' = tanh(K y + b)");
        layout.add("field.b", new int[] {d}, "bias b");
    }

    @Override
    String firstStateName() {
        return "h";
    }

    @Override
    public Set<Knob> knobs() {
        return EnumSet.of(Knob.GAMMA_SHIFT);
    }

    @Override
    public Set<ModelSetting> settings() {
        return EnumSet.of(ModelSetting.AUGMENT, ModelSetting.SEED);
    }
}
