package org.nodelab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The documented layout of every family's parameter vector (see {@link NeuralOdeModels}), block by block.
 * It is derived from the config and checked against the model's own offsets, so a layout that drifted from
 * the code fails loudly instead of mislabelling weights in a file.
 */
public final class ParameterLayouts {

    private ParameterLayouts() {
    }

    public static List<ParameterBlock> of(NeuralOdeModel model) {
        ModelConfig c = model.config();
        int d = model.hiddenDimension();
        List<ParameterBlock> blocks = new ArrayList<>();
        int[] offset = {0};
        switch (c.family()) {
            case NODE, ANODE, HBNODE, GHBNODE -> mlp(blocks, offset, "field.f", d, c);
            case SONODE -> mlp(blocks, offset, "field.f", 2 * d, c);
            case ANTISYMMETRIC -> {
                add(blocks, offset, "field.W", new int[] {d, d}, "K = ½(W − Wᵀ − γI); y' = tanh(K y + b)");
                add(blocks, offset, "field.b", new int[] {d}, "bias b");
            }
            case HAMILTONIAN -> {
                add(blocks, offset, "field.K", new int[] {d, d}, "y' = tanh(K z + b), z' = −tanh(Kᵀ y + b)");
                add(blocks, offset, "field.b", new int[] {d}, "bias b");
            }
        }
        if ((c.family() == ModelFamily.HBNODE || c.family() == ModelFamily.GHBNODE) && c.learnDamping()) {
            add(blocks, offset, "field.gamma_raw", new int[] {1}, "damping γ = sigmoid(gamma_raw)");
        }
        check(offset[0], model.inputMapOffset(), "field", c);
        boolean inputMap = c.family() == ModelFamily.SONODE
                || ((c.family() == ModelFamily.HBNODE || c.family() == ModelFamily.GHBNODE)
                        && c.learnInitialVelocity());
        if (inputMap) {
            add(blocks, offset, "input.V", new int[] {c.inputDimension(), d},
                    "initial momentum/velocity = x·V + e (row-major, input i to state j)");
            add(blocks, offset, "input.e", new int[] {d}, "initial momentum/velocity bias e");
        }
        check(offset[0], model.readoutOffset(), "input map", c);
        add(blocks, offset, "readout.R", new int[] {d, c.outputDimension()},
                "outputs = h·R + c, h the first d numbers of the final state");
        add(blocks, offset, "readout.c", new int[] {c.outputDimension()}, "output bias c");
        check(offset[0], model.parameterCount(), "readout", c);
        return List.copyOf(blocks);
    }

    /** An MLP over [u, t]: per layer W (fanIn × fanOut, row-major, input i to unit j), then b (fanOut). */
    private static void mlp(List<ParameterBlock> blocks, int[] offset, String name, int inputs, ModelConfig c) {
        int fanIn = inputs + 1;
        for (int layer = 0; layer <= c.depth(); layer++) {
            int fanOut = layer == c.depth() ? c.inputDimension() + c.augment() : c.width();
            String activation = layer == c.depth() ? "linear output"
                    : c.activation().name().toLowerCase(java.util.Locale.ROOT) + " hidden layer";
            add(blocks, offset, name + ".layer" + layer + ".W", new int[] {fanIn, fanOut},
                    activation + (layer == 0 ? "; input rows are the state then time t (last row)" : ""));
            add(blocks, offset, name + ".layer" + layer + ".b", new int[] {fanOut}, activation + " bias");
            fanIn = fanOut;
        }
    }

    private static void add(List<ParameterBlock> blocks, int[] offset, String name, int[] shape, String what) {
        ParameterBlock block = new ParameterBlock(name, offset[0], shape, what);
        blocks.add(block);
        offset[0] += block.size();
    }

    private static void check(int computed, int actual, String part, ModelConfig c) {
        if (computed != actual) {
            throw new IllegalStateException("the documented " + part + " layout of " + c.family().id() + " ends at "
                    + computed + " but the model's ends at " + actual);
        }
    }
}
