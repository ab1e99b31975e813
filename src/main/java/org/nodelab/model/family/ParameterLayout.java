package org.nodelab.model.family;

import java.util.ArrayList;
import java.util.List;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ParameterBlock;

/**
 * Collects a model's documented θ blocks in order. It is derived from the config and checked against the
 * model's own offsets, so a layout that drifted from the code fails loudly instead of mislabelling weights in a
 * file.
 */
final class ParameterLayout {

    private final String family;
    private final List<ParameterBlock> blocks = new ArrayList<>();
    private int offset;

    ParameterLayout(String family) {
        this.family = family;
    }

    void add(String name, int[] shape, String what) {
        ParameterBlock block = new ParameterBlock(name, offset, shape, what);
        blocks.add(block);
        offset += block.size();
    }

    /** An MLP over [u, t]: per layer W (fanIn × fanOut, row-major, input i to unit j), then b (fanOut). */
    void mlp(String name, int inputs, ModelConfig c) {
        int fanIn = inputs + 1;
        for (int layer = 0; layer <= c.depth(); layer++) {
            int fanOut = layer == c.depth() ? c.inputDimension() + c.augment() : c.width();
            String activation = layer == c.depth() ? "linear output"
                    : c.activation().name().toLowerCase(java.util.Locale.ROOT) + " hidden layer";
            add(name + ".layer" + layer + ".W", new int[] {fanIn, fanOut},
                    activation + (layer == 0 ? "; input rows are the state then time t (last row)" : ""));
            add(name + ".layer" + layer + ".b", new int[] {fanOut}, activation + " bias");
            fanIn = fanOut;
        }
    }

    void check(int actual, String part) {
        if (offset != actual) {
            throw new IllegalStateException("the documented " + part + " layout of " + family + " ends at "
                    + offset + " but the model's ends at " + actual);
        }
    }

    List<ParameterBlock> blocks() {
        return List.copyOf(blocks);
    }
}
