package org.nodelab.cli.bench;

import java.util.Random;
import org.nodelab.model.Mlp;
import org.nodelab.model.ModelConfig;
import org.nodelab.ode.ParametricVectorField;

/**
 * h' = f(h, t) on one MLP kernel (the fused {@link Mlp} or the op-by-op {@link SeparateOpsMlp}), both loaded
 * with the same Xavier weights, so that {@code bench field} times the two kernels on the same network.
 */
final class MlpKernelField implements ParametricVectorField, AutoCloseable {

    /** The calls a kernel offers: Mlp's and SeparateOpsMlp's forward, backward and close. */
    /** An MLP's forward pass, as both kernels take it. */
    private interface Forward {
        void forward(double t, double[] y, int stride, int offset, int batch, double[] out);
    }

    /** An MLP's backward pass, as both kernels take it. */
    private interface Backward {
        void backward(double t, double[] y, int stride, int offset, int batch, double[] c, double[] inputCotangent,
                      double[] parameterCotangent, int parameterOffset);
    }

    /** The two kernels share no type (one is the model's, one a copy kept for this benchmark): method references. */
    private record Kernel(Forward forward, Backward backward, Runnable close) {
    }

    private final String name;
    private final int d;
    private final int parameterCount;
    private final Kernel kernel;

    private MlpKernelField(String name, int d, int parameterCount, Kernel kernel) {
        this.name = name;
        this.d = d;
        this.parameterCount = parameterCount;
        this.kernel = kernel;
    }

    /** The fused kernel the models use: d + 1 inputs (t appended), depth hidden layers of width, d outputs. */
    static MlpKernelField fused(int d, int width, int depth, long seed) {
        Mlp mlp = new Mlp(d, d, width, depth, ModelConfig.Activation.TANH);
        double[] theta = new double[mlp.parameterCount()];
        mlp.initialize(theta, 0, new Random(seed));
        return new MlpKernelField("fused", d, mlp.parameterCount(),
                new Kernel(mlp::forward, mlp::backward, mlp::close));
    }

    /** The op-by-op kernel from before the fusion, same shape and weights as {@link #fused} with the same seed. */
    static MlpKernelField separateOps(int d, int width, int depth, long seed) {
        SeparateOpsMlp mlp = new SeparateOpsMlp(d, d, width, depth, ModelConfig.Activation.TANH);
        double[] theta = new double[mlp.parameterCount()];
        mlp.initialize(theta, 0, new Random(seed));
        return new MlpKernelField("separate ops", d, mlp.parameterCount(),
                new Kernel(mlp::forward, mlp::backward, mlp::close));
    }

    String name() {
        return name;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        kernel.forward().forward(t, y, d, 0, y.length / d, dydt);
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] cotangent, double[] stateCotangent,
                                      double[] parameterCotangent) {
        kernel.backward().backward(t, y, d, 0, y.length / d, cotangent, stateCotangent, parameterCotangent, 0);
    }

    @Override
    public void close() {
        kernel.close().run();
    }
}
