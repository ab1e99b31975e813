package org.nodelab.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A float64 multilayer perceptron f(u, t) on ND4J whose input is a row u with the time t appended as one extra
 * column: {@code depth} hidden layers of {@code width} units with the chosen activation, then a linear output
 * layer of {@code outputs} units. Batched and fused: every layer is one whole-batch BLAS gemm into an output
 * that already holds the bias, then (hidden layers) one ND4J activation op and one Java pass over the native
 * buffer; the reverse pass is three gemms per layer and one Java pass for the activation's derivative. See
 * {@link MlpPass} for the kernel and why each step gives the same bits as the plain op-by-op sequence.
 *
 * <p><b>Parameter layout</b> (a slice of the model's flat θ starting at {@code offset}): for each of the
 * depth+1 linear layers in order, first W (fanIn × fanOut, row-major, so {@code W[i][j]} connects input i to
 * unit j; in layer 0 the last input row i = inputs is the time column), then b (fanOut). Layer 0 has
 * fanIn = inputs + 1, the hidden layers fanIn = width, the last layer fanOut = outputs. Weights are synced
 * (copied) from θ into preallocated native arrays by {@link #load}; call it whenever θ changes.
 *
 * <p>ND4J buffers are preallocated per batch size and cached (the last {@value #CACHED_BATCH_SIZES} sizes);
 * state crosses the Java/native boundary by bulk copies into those buffers' NIO views, so a call allocates
 * no off-heap memory. Not thread-safe.
 */
public final class Mlp {

    private static final int CACHED_BATCH_SIZES = 6;

    final int inputs;
    final int outputs;
    final int width;
    final int depth;
    final ModelConfig.Activation activation;
    final int[] fanIn;
    final int[] fanOut;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameterCount;

    /** W per layer, as in θ: the reverse pass multiplies by Wᵀ. */
    final NativeMatrix[] weights;
    /**
     * The weights the forward pass multiplies by: 2W for the hidden layers of a tanh MLP (tanh(x) is computed as
     * 2·sigmoid(2x) − 1, and doubling is exact, so 2W folds the doubling into the gemm), else W itself.
     */
    final NativeMatrix[] forwardWeights;
    /** The bias row (1 × fanOut) per layer, doubled where {@link #forwardWeights} is. */
    final NativeMatrix[] forwardBiases;
    final NativeMatrix[] weightGrads;
    final NativeMatrix[] biasGrads;
    /** Counts {@link #load} calls, so that a pass knows when its bias tiles are stale. */
    long generation;

    private final Map<Integer, MlpPass> buffers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, MlpPass> eldest) {
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
        weights = new NativeMatrix[layers];
        forwardWeights = new NativeMatrix[layers];
        forwardBiases = new NativeMatrix[layers];
        weightGrads = new NativeMatrix[layers];
        biasGrads = new NativeMatrix[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            fanIn[l] = l == 0 ? inputs + 1 : width;
            fanOut[l] = l == depth ? outputs : width;
            weightOffset[l] = offset;
            offset += fanIn[l] * fanOut[l];
            biasOffset[l] = offset;
            offset += fanOut[l];
            weights[l] = new NativeMatrix(fanIn[l], fanOut[l]);
            forwardWeights[l] = doubled(l) ? new NativeMatrix(fanIn[l], fanOut[l]) : weights[l];
            forwardBiases[l] = new NativeMatrix(1, fanOut[l]);
            weightGrads[l] = new NativeMatrix(fanIn[l], fanOut[l]);
            biasGrads[l] = new NativeMatrix(1, fanOut[l]);
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

    /** Whether layer l's forward weights are 2W: the hidden layers of a tanh MLP. */
    private boolean doubled(int l) {
        return l < depth && activation == ModelConfig.Activation.TANH;
    }

    /** Copies the weights from θ (the slice at {@code offset}) into the native arrays. */
    public void load(double[] theta, int offset) {
        for (int l = 0; l <= depth; l++) {
            int w = offset + weightOffset[l];
            weights[l].nio.put(0, theta, w, fanIn[l] * fanOut[l]);
            double scale = doubled(l) ? 2.0 : 1.0;
            if (doubled(l)) {
                for (int k = 0; k < fanIn[l] * fanOut[l]; k++) {
                    forwardWeights[l].nio.put(k, 2.0 * theta[w + k]);
                }
            }
            int b = offset + biasOffset[l];
            for (int k = 0; k < fanOut[l]; k++) {
                forwardBiases[l].nio.put(k, scale * theta[b + k]);
            }
        }
        // New weights make every cached activation and bias tile stale.
        generation++;
        for (MlpPass p : buffers.values()) {
            p.current = false;
        }
    }

    /**
     * f for a batch: row r of the input is {@code y[offset + r·stride + 0 .. inputs)}, with t appended;
     * writes the outputs contiguously, {@code out[r·outputs + j]}.
     */
    public void forward(double t, double[] y, int stride, int offset, int batch, double[] out) {
        MlpPass p = buffers(batch);
        p.forward(t, y, stride, offset);
        p.output.nio.get(0, out, 0, batch * outputs);
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
        MlpPass p = buffers(batch);
        p.forward(t, y, stride, offset);
        p.backward(c, parameterCotangent != null);
        int cols = inputs + 1;
        double[] s = scratch(batch * cols);
        p.inputGrad.nio.get(0, s, 0, batch * cols);
        double timeCotangent = 0;
        for (int r = 0; r < batch; r++) {
            System.arraycopy(s, r * cols, inputCotangent, r * inputs, inputs);
            timeCotangent += s[r * cols + inputs];
        }
        if (parameterCotangent != null) {
            for (int l = 0; l <= depth; l++) {
                addFrom(weightGrads[l], parameterCotangent, parameterOffset + weightOffset[l]);
                addFrom(biasGrads[l], parameterCotangent, parameterOffset + biasOffset[l]);
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

    private void addFrom(NativeMatrix source, double[] target, int targetOffset) {
        int length = source.size();
        double[] s = scratch(length);
        source.nio.get(0, s, 0, length);
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

    private MlpPass buffers(int batch) {
        MlpPass p = buffers.get(batch);
        if (p == null) {
            p = new MlpPass(this, batch);
            buffers.put(batch, p);
        }
        return p;
    }

    /** Releases the off-heap arrays now rather than at garbage collection. The MLP is unusable afterwards. */
    public void close() {
        for (MlpPass p : buffers.values()) {
            p.close();
        }
        buffers.clear();
        for (int l = 0; l <= depth; l++) {
            if (forwardWeights[l] != weights[l]) {
                forwardWeights[l].close();
            }
            weights[l].close();
            forwardBiases[l].close();
            weightGrads[l].close();
            biasGrads[l].close();
        }
    }
}
