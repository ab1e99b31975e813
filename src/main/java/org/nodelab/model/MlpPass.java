package org.nodelab.model;

import java.nio.DoubleBuffer;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.SoftPlusBp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftPlus;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Everything one batch size of an {@link Mlp} needs, allocated once, and the fused forward and reverse passes
 * over it. Per hidden layer the forward pass is: a memcpy of the bias tile into the pre-activation, one BLAS
 * gemm adding the product to it, one ND4J sigmoid and one Java pass for 2s − 1 (tanh), where the op-by-op
 * version took a gemm, a rank-one bias gemm and four ND4J ops. Each fused step computes the same IEEE
 * operations in the same order, so the results are the same bits: BLAS adds its product to the bias already in
 * the output (b + Σ = Σ + b), doubling is exact (2W and 2b give 2·(xW + b) exactly), and the Java passes do
 * the same multiplications and subtractions the ND4J ops did, one element at a time, with no fused multiply-add.
 *
 * <p>The element-wise passes in Java replace ND4J's scalar and pair-wise ops, which cost 10–20 µs each at
 * 512 × 32 (most of it building the op) against 5–10 µs for a loop over the native buffer.
 */
final class MlpPass implements AutoCloseable {

    private final Mlp mlp;
    final int batch;
    final NativeMatrix input;           // batch × (inputs + 1)
    private final NativeMatrix[] pre;   // per hidden layer: batch × width, pre-activations (2x for tanh)
    private final NativeMatrix[] post;  // per hidden layer: batch × width, activations
    final NativeMatrix output;          // batch × outputs
    private final NativeMatrix outputGrad;   // batch × outputs
    private final NativeMatrix hiddenGrad;   // batch × width: dL/d(activation)
    private final NativeMatrix preGrad;      // batch × width: dL/d(pre-activation)
    final NativeMatrix inputGrad;       // batch × (inputs + 1)
    private final NativeMatrix ones;    // 1 × batch
    /** Per layer: the forward bias row repeated batch times, copied into the layer's output before its gemm. */
    private final NativeMatrix[] biasTile;
    private final Sigmoid[] sigmoid;
    private final double[] staging;
    private long tileGeneration = -1;
    /** Whether the activations in these buffers belong to the input in {@code staging} and the current θ. */
    boolean current;

    MlpPass(Mlp mlp, int batch) {
        this.mlp = mlp;
        this.batch = batch;
        int depth = mlp.depth;
        input = new NativeMatrix(batch, mlp.inputs + 1);
        pre = new NativeMatrix[depth];
        post = new NativeMatrix[depth];
        sigmoid = new Sigmoid[depth];
        for (int l = 0; l < depth; l++) {
            pre[l] = new NativeMatrix(batch, mlp.width);
            post[l] = new NativeMatrix(batch, mlp.width);
            // Built once: constructing an ND4J op costs about as much as running it at this size.
            sigmoid[l] = new Sigmoid(pre[l].array, post[l].array);
        }
        output = new NativeMatrix(batch, mlp.outputs);
        outputGrad = new NativeMatrix(batch, mlp.outputs);
        hiddenGrad = new NativeMatrix(batch, mlp.width);
        preGrad = new NativeMatrix(batch, mlp.width);
        inputGrad = new NativeMatrix(batch, mlp.inputs + 1);
        ones = new NativeMatrix(1, batch);
        ones.fill(1.0);
        biasTile = new NativeMatrix[depth + 1];
        for (int l = 0; l <= depth; l++) {
            biasTile[l] = new NativeMatrix(batch, mlp.fanOut[l]);
        }
        staging = new double[batch * (mlp.inputs + 1)];
    }

    void forward(double t, double[] y, int stride, int offset) {
        int inputs = mlp.inputs;
        int cols = inputs + 1;
        boolean same = current;
        for (int r = 0; r < batch; r++) {
            int row = r * cols;
            for (int j = 0; j < inputs; j++) {
                double v = y[offset + r * stride + j];
                // Bitwise comparison: the cached activations are reused only for exactly the same input.
                same &= Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(staging[row + j]);
                staging[row + j] = v;
            }
            same &= Double.doubleToRawLongBits(t) == Double.doubleToRawLongBits(staging[row + inputs]);
            staging[row + inputs] = t;
        }
        // The adjoint evaluates f and then its VJP at the same (t, y): the second forward pass is free.
        if (same) {
            return;
        }
        current = true;
        refreshBiasTiles();
        input.nio.put(0, staging, 0, batch * cols);
        NativeMatrix a = input;
        for (int l = 0; l < mlp.depth; l++) {
            affine(a, l, pre[l]);
            activate(l);
            a = post[l];
        }
        affine(a, mlp.depth, output);
    }

    /** target = a·W + b for layer l (its forward weights and bias): the bias tile, then one accumulating gemm. */
    private void affine(NativeMatrix a, int l, NativeMatrix target) {
        target.copyFrom(biasTile[l]);
        NativeMatrix.gemm(a, false, mlp.forwardWeights[l], false, 1.0, 1.0, target);
    }

    private void refreshBiasTiles() {
        if (tileGeneration == mlp.generation) {
            return;
        }
        for (int l = 0; l <= mlp.depth; l++) {
            DoubleBuffer row = mlp.forwardBiases[l].nio;
            DoubleBuffer tile = biasTile[l].nio;
            int n = mlp.fanOut[l];
            for (int r = 0; r < batch; r++) {
                for (int j = 0; j < n; j++) {
                    tile.put(r * n + j, row.get(j));
                }
            }
        }
        tileGeneration = mlp.generation;
    }

    void backward(double[] c, boolean parameters) {
        outputGrad.nio.put(0, c, 0, batch * mlp.outputs);
        NativeMatrix delta = outputGrad;
        for (int l = mlp.depth; l >= 0; l--) {
            NativeMatrix layerInput = l == 0 ? input : post[l - 1];
            if (parameters) {
                NativeMatrix.gemm(layerInput, true, delta, false, 1.0, 0.0, mlp.weightGrads[l]);
                NativeMatrix.gemm(ones, false, delta, false, 1.0, 0.0, mlp.biasGrads[l]);
            }
            NativeMatrix upstream = l == 0 ? inputGrad : hiddenGrad;
            NativeMatrix.gemm(delta, false, mlp.weights[l], true, 1.0, 0.0, upstream);
            if (l > 0) {
                activationBackward(l - 1);
                delta = preGrad;
            }
        }
    }

    /** post[l] = σ(pre[l]); for tanh, pre already holds 2x (from 2W and 2b), and post = 2·sigmoid(2x) − 1. */
    private void activate(int l) {
        switch (mlp.activation) {
            case TANH -> {
                // tanh as 2·sigmoid(2x) − 1: ND4J's sigmoid took about half the time of its tanh here.
                Nd4j.exec(sigmoid[l]);
                DoubleBuffer p = post[l].nio;
                int n = post[l].size();
                for (int k = 0; k < n; k++) {
                    p.put(k, p.get(k) * 2.0 - 1.0);
                }
            }
            case RELU -> Nd4j.exec(new RectifiedLinear(pre[l].array, post[l].array, 0.0));
            case SOFTPLUS -> Nd4j.exec(new SoftPlus(pre[l].array, post[l].array));
            default -> throw new IllegalStateException("unknown activation " + mlp.activation);
        }
    }

    /**
     * preGrad = hiddenGrad ⊙ σ'(pre[l]). For tanh, σ' = 1 − post² from the stored activations, one Java pass
     * instead of ND4J's TanhDerivative, which recomputes tanh (measured 635 µs against about 90 µs at 512 × 32).
     */
    private void activationBackward(int l) {
        switch (mlp.activation) {
            case TANH -> {
                DoubleBuffer p = post[l].nio;
                DoubleBuffer g = hiddenGrad.nio;
                DoubleBuffer out = preGrad.nio;
                int n = preGrad.size();
                for (int k = 0; k < n; k++) {
                    double v = p.get(k);
                    out.put(k, (1.0 - v * v) * g.get(k));
                }
            }
            case RELU -> Nd4j.exec(new RectifiedLinearDerivative(pre[l].array, hiddenGrad.array, preGrad.array));
            case SOFTPLUS -> Nd4j.exec(new SoftPlusBp(pre[l].array, hiddenGrad.array, preGrad.array));
            default -> throw new IllegalStateException("unknown activation " + mlp.activation);
        }
    }

    @Override
    public void close() {
        input.close();
        for (int l = 0; l < mlp.depth; l++) {
            pre[l].close();
            post[l].close();
        }
        output.close();
        outputGrad.close();
        hiddenGrad.close();
        preGrad.close();
        inputGrad.close();
        ones.close();
        for (NativeMatrix tile : biasTile) {
            tile.close();
        }
    }
}
