package org.nodelab.model;

/**
 * A named slice of a model's flat parameter vector: where it starts, its shape (row-major) and what it is,
 * so a model file can be read by anyone, a PyTorch user included.
 */
public record ParameterBlock(String name, int offset, int[] shape, String description) {

    public int size() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }
}
