package org.nodelab.model;

import java.nio.DoubleBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.SoftPlusBp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftPlus;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A float64 multilayer perceptron f(u, t) on ND4J whose input is a row u with the time t appended as one extra
 * column: {@code depth} hidden layers of {@code width} units with the chosen activation, then a linear output
 * layer of {@code outputs} units. Batched: every layer is one whole-batch gemm plus one bias op (plus one
 * activation op), so an evaluation costs about 3·(depth+1) ND4J ops whatever the batch size.
 *
 * <p><b>Parameter layout</b> (a slice of the model's flat θ starting at {@code offset}): for each of the
 * depth+1 linear layers in order, first W (fanIn × fanOut, row-major, so {@code W[i][j]} connects input i to
 * unit j; in layer 0 the last input row i = inputs is the time column), then b (fanOut). Layer 0 has
 * fanIn = inputs + 1, the hidden layers fanIn = width, the last layer fanOut = outputs. Weights are synced
 * (copied) from θ into preallocated ND4J arrays by {@link #load}; call it whenever θ changes.
 *
 * <p>ND4J buffers are preallocated per batch size and cached (the last {@value #CACHED_BATCH_SIZES} sizes);
 * state crosses the Java/native boundary by bulk copies into those buffers' NIO views, so a call allocates
 * no off-heap memory. Not thread-safe.
 */
public final class Mlp {

    private static final int CACHED_BATCH_SIZES = 6;

    private final int inputs;
    private final int outputs;
    private final int width;
    private final int depth;
    private final ModelConfig.Activation activation;
    private final int[] fanIn;
    private final int[] fanOut;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameterCount;

    private final INDArray[] weights;
    private final INDArray[] biases;
    private final DoubleBuffer[] weightNio;
    private final DoubleBuffer[] biasNio;
    private final INDArray[] weightGrads;
    private final INDArray[] biasGrads;
    private final DoubleBuffer[] weightGradNio;
    private final DoubleBuffer[] biasGradNio;

    private final Map<Integer, Buffers> buffers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Buffers> eldest) {
            if (size() > CACHED_BATCH_SIZES) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };
    private double[] scratch = new double[0];

    /**
     * @param inputs  features per row, not counting the time column
     * @param outputs units of the linear output layer
     */
    public Mlp(int inputs, int outputs, int width, int depth, ModelConfig.Activation activation) {
        if (inputs < 1 || outputs < 1 || width < 1 || depth < 1) {
            throw new IllegalArgumentException("an MLP needs at least one input, output, unit and hidden layer");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.width = width;
        this.depth = depth;
        this.activation = activation == null ? ModelConfig.Activation.TANH : activation;
        int layers = depth + 1;
        fanIn = new int[layers];
        fanOut = new int[layers];
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        weightNio = new DoubleBuffer[layers];
        biasNio = new DoubleBuffer[layers];
        weightGrads = new INDArray[layers];
        biasGrads = new INDArray[layers];
        weightGradNio = new DoubleBuffer[layers];
        biasGradNio = new DoubleBuffer[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            fanIn[l] = l == 0 ? inputs + 1 : width;
            fanOut[l] = l == depth ? outputs : width;
            weightOffset[l] = offset;
            offset += fanIn[l] * fanOut[l];
            biasOffset[l] = offset;
            offset += fanOut[l];
            weights[l] = Nd4j.create(DataType.DOUBLE, new long[] {fanIn[l], fanOut[l]}, 'c');
            biases[l] = Nd4j.create(DataType.DOUBLE, new long[] {1, fanOut[l]}, 'c');
            weightGrads[l] = Nd4j.create(DataType.DOUBLE, new long[] {fanIn[l], fanOut[l]}, 'c');
            biasGrads[l] = Nd4j.create(DataType.DOUBLE, new long[] {1, fanOut[l]}, 'c');
            weightNio[l] = weights[l].data().asNioDouble();
            biasNio[l] = biases[l].data().asNioDouble();
            weightGradNio[l] = weightGrads[l].data().asNioDouble();
            biasGradNio[l] = biasGrads[l].data().asNioDouble();
        }
        parameterCount = offset;
    }

    /** Number of parameters for the given shape, without building the network. */
    public static int parameterCount(int inputs, int outputs, int width, int depth) {
        int count = (inputs + 1) * width + width + (depth - 1) * (width * width + width);
        return count + width * outputs + outputs;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Xavier-uniform weights (U(±√(6/(fanIn+fanOut)))) and zero biases, drawn from {@code random}. */
    public void initialize(double[] theta, int offset, Random random) {
        for (int l = 0; l <= depth; l++) {
            double bound = Math.sqrt(6.0 / (fanIn[l] + fanOut[l]));
            for (int k = 0; k < fanIn[l] * fanOut[l]; k++) {
                theta[offset + weightOffset[l] + k] = bound * (2 * random.nextDouble() - 1);
            }
            for (int k = 0; k < fanOut[l]; k++) {
                theta[offset + biasOffset[l] + k] = 0;
            }
        }
        load(theta, offset);
    }

    /** Copies the weights from θ (the slice at {@code offset}) into the ND4J arrays. */
    public void load(double[] theta, int offset) {
        for (int l = 0; l <= depth; l++) {
            weightNio[l].put(0, theta, offset + weightOffset[l], fanIn[l] * fanOut[l]);
            biasNio[l].put(0, theta, offset + biasOffset[l], fanOut[l]);
        }
        // New weights make every cached activation stale.
        for (Buffers b : buffers.values()) {
            b.current = false;
        }
    }

    /**
     * f for a batch: row r of the input is {@code y[offset + r·stride + 0 .. inputs)}, with t appended;
     * writes the outputs contiguously, {@code out[r·outputs + j]}.
     */
    public void forward(double t, double[] y, int stride, int offset, int batch, double[] out) {
        Buffers b = buffers(batch);
        b.forward(t, y, stride, offset);
        b.outputNio.get(0, out, 0, batch * outputs);
    }

    /**
     * Reverse pass: given cotangents {@code c} of the outputs (contiguous, batch × outputs), overwrites
     * {@code inputCotangent} (contiguous, batch × inputs) with cᵀ ∂f/∂u and, unless {@code parameterCotangent}
     * is null, adds cᵀ ∂f/∂θ summed over the batch into it at {@code parameterOffset}. The forward pass is
     * recomputed at (t, y), so it need not be the last point evaluated.
     *
     * @return cᵀ ∂f/∂t summed over the batch (t is the input's last column)
     */
    public double backward(double t, double[] y, int stride, int offset, int batch, double[] c,
                         double[] inputCotangent, double[] parameterCotangent, int parameterOffset) {
        Buffers b = buffers(batch);
        b.forward(t, y, stride, offset);
        b.backward(c, parameterCotangent != null);
        int cols = inputs + 1;
        double[] s = scratch(batch * cols);
        b.inputGradNio.get(0, s, 0, batch * cols);
        double timeCotangent = 0;
        for (int r = 0; r < batch; r++) {
            System.arraycopy(s, r * cols, inputCotangent, r * inputs, inputs);
            timeCotangent += s[r * cols + inputs];
        }
        if (parameterCotangent != null) {
            for (int l = 0; l <= depth; l++) {
                addFrom(weightGradNio[l], fanIn[l] * fanOut[l], parameterCotangent,
                        parameterOffset + weightOffset[l]);
                addFrom(biasGradNio[l], fanOut[l], parameterCotangent, parameterOffset + biasOffset[l]);
            }
        }
        return timeCotangent;
    }

    /**
     * The Jacobian ∂f/∂u (outputs × inputs, row-major) at one point {@code point[offset .. offset+inputs)}:
     * one batched reverse pass over {@code outputs} copies of the point with the identity as cotangent.
     */
    public void jacobian(double t, double[] point, int offset, double[] jacobian) {
        double[] c = new double[outputs * outputs];
        for (int i = 0; i < outputs; i++) {
            c[i * outputs + i] = 1;
        }
        backward(t, point, 0, offset, outputs, c, jacobian, null, 0);
    }

    private void addFrom(DoubleBuffer source, int length, double[] target, int targetOffset) {
        double[] s = scratch(length);
        source.get(0, s, 0, length);
        for (int k = 0; k < length; k++) {
            target[targetOffset + k] += s[k];
        }
    }

    private double[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new double[length];
        }
        return scratch;
    }

    private Buffers buffers(int batch) {
        Buffers b = buffers.get(batch);
        if (b == null) {
            b = new Buffers(batch);
            buffers.put(batch, b);
        }
        return b;
    }

    /** Releases the off-heap arrays now rather than at garbage collection. The MLP is unusable afterwards. */
    public void close() {
        for (Buffers b : buffers.values()) {
            b.close();
        }
        buffers.clear();
        for (int l = 0; l <= depth; l++) {
            weights[l].close();
            biases[l].close();
            weightGrads[l].close();
            biasGrads[l].close();
        }
    }

    /** Everything one batch size needs, allocated once. */
    private final class Buffers {
        final int batch;
        final INDArray input;           // batch × (inputs + 1)
        final INDArray[] pre;           // per hidden layer: batch × width, pre-activations
        final INDArray[] post;          // per hidden layer: batch × width, activations
        final INDArray output;          // batch × outputs
        final INDArray outputGrad;      // batch × outputs
        final INDArray hiddenGrad;      // batch × width: dL/d(activation)
        final INDArray preGrad;         // batch × width: dL/d(pre-activation)
        final INDArray inputGrad;       // batch × (inputs + 1)
        final INDArray ones;            // 1 × batch
        final DoubleBuffer inputNio;
        final DoubleBuffer outputNio;
        final DoubleBuffer outputGradNio;
        final DoubleBuffer inputGradNio;
        final double[] staging;
        /** Whether the activations in these buffers belong to the input in {@code staging}. */
        boolean current;

        Buffers(int batch) {
            this.batch = batch;
            input = matrix(batch, inputs + 1);
            pre = new INDArray[depth];
            post = new INDArray[depth];
            for (int l = 0; l < depth; l++) {
                pre[l] = matrix(batch, width);
                post[l] = matrix(batch, width);
            }
            output = matrix(batch, outputs);
            outputGrad = matrix(batch, outputs);
            hiddenGrad = matrix(batch, width);
            preGrad = matrix(batch, width);
            inputGrad = matrix(batch, inputs + 1);
            ones = Nd4j.ones(DataType.DOUBLE, 1, batch);
            inputNio = input.data().asNioDouble();
            outputNio = output.data().asNioDouble();
            outputGradNio = outputGrad.data().asNioDouble();
            inputGradNio = inputGrad.data().asNioDouble();
            staging = new double[batch * (inputs + 1)];
        }

        private INDArray matrix(int rows, int cols) {
            return Nd4j.create(DataType.DOUBLE, new long[] {rows, cols}, 'c');
        }

        void forward(double t, double[] y, int stride, int offset) {
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
            inputNio.put(0, staging, 0, batch * cols);
            INDArray a = input;
            for (int l = 0; l < depth; l++) {
                Nd4j.gemm(a, weights[l], pre[l], false, false, 1.0, 0.0);
                addBias(pre[l], biases[l]);
                activate(pre[l], post[l]);
                a = post[l];
            }
            Nd4j.gemm(a, weights[depth], output, false, false, 1.0, 0.0);
            addBias(output, biases[depth]);
        }

        /**
         * target += 1ᵀ·b as a rank-one gemm. ND4J's row-vector broadcast (addiRowVector) crashed the JVM
         * intermittently here (SIGSEGV in DataBuffer::primary during execBroadcast); BLAS gemm does not.
         */
        private void addBias(INDArray target, INDArray bias) {
            Nd4j.gemm(ones, bias, target, true, false, 1.0, 1.0);
        }

        void backward(double[] c, boolean parameters) {
            outputGradNio.put(0, c, 0, batch * outputs);
            INDArray delta = outputGrad;
            for (int l = depth; l >= 0; l--) {
                INDArray layerInput = l == 0 ? input : post[l - 1];
                if (parameters) {
                    Nd4j.gemm(layerInput, delta, weightGrads[l], true, false, 1.0, 0.0);
                    Nd4j.gemm(ones, delta, biasGrads[l], false, false, 1.0, 0.0);
                }
                INDArray upstream = l == 0 ? inputGrad : hiddenGrad;
                Nd4j.gemm(delta, weights[l], upstream, false, true, 1.0, 0.0);
                if (l > 0) {
                    activationBackward(pre[l - 1], post[l - 1], hiddenGrad, preGrad);
                    delta = preGrad;
                }
            }
        }

        void close() {
            input.close();
            for (int l = 0; l < depth; l++) {
                pre[l].close();
                post[l].close();
            }
            output.close();
            outputGrad.close();
            hiddenGrad.close();
            preGrad.close();
            inputGrad.close();
            ones.close();
        }
    }

    private void activate(INDArray pre, INDArray post) {
        switch (activation) {
            case TANH -> {
                // tanh(x) = 2·sigmoid(2x) − 1: four ND4J ops that together took about half as long as its tanh
                // (about 90 against 170 µs at 410 × 32 here). The backward pass reads only post, so pre may go.
                pre.muli(2.0);
                Nd4j.exec(new Sigmoid(pre, post));
                post.muli(2.0).subi(1.0);
            }
            case RELU -> Nd4j.exec(new RectifiedLinear(pre, post, 0.0));
            case SOFTPLUS -> Nd4j.exec(new SoftPlus(pre, post));
            default -> throw new IllegalStateException("unknown activation " + activation);
        }
    }

    /**
     * out = grad ⊙ σ'(pre). For tanh, σ' = 1 − post² from the stored activations: three cheap ops instead of
     * ND4J's TanhDerivative, which recomputes tanh (measured 635 µs against about 90 µs at 512 × 32).
     */
    private void activationBackward(INDArray pre, INDArray post, INDArray grad, INDArray out) {
        switch (activation) {
            case TANH -> {
                post.muli(post, out);
                out.rsubi(1.0);
                out.muli(grad);
            }
            case RELU -> Nd4j.exec(new RectifiedLinearDerivative(pre, grad, out));
            case SOFTPLUS -> Nd4j.exec(new SoftPlusBp(pre, grad, out));
            default -> throw new IllegalStateException("unknown activation " + activation);
        }
    }
}
