package org.nodelab.model;

import java.util.Random;
import org.nodelab.ode.Adjoint;
import org.nodelab.ode.Backprop;
import org.nodelab.ode.Gradient;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;

/** The full pipeline input map → solve on [0, T] → readout, with L = Σ w · outputs, and its gradients. */
final class Pipeline {

    static final double T = 1.0;

    final NeuralOdeModel model;
    final double[] inputs;
    final double[] weights;
    final int batch;

    Pipeline(NeuralOdeModel model, int batch, long seed) {
        this.model = model;
        this.batch = batch;
        Random random = new Random(seed);
        inputs = gaussian(random, batch * model.config().inputDimension(), 1.0);
        weights = gaussian(random, batch * model.config().outputDimension(), 1.0);
    }

    static double[] gaussian(Random random, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * random.nextGaussian();
        }
        return v;
    }

    /** Adds small noise to every parameter so that zero-initialised biases are exercised too. */
    static void perturb(NeuralOdeModel model, long seed, double scale) {
        Random random = new Random(seed);
        double[] theta = model.parameters();
        for (int i = 0; i < theta.length; i++) {
            theta[i] += scale * random.nextGaussian();
        }
        model.parametersChanged();
    }

    double[] initialState() {
        double[] y0 = new double[batch * model.stateDimension()];
        model.initialState(inputs, y0);
        return y0;
    }

    Solution solve(SolverOptions options) {
        return OdeSolver.solve(model.field(), initialState(), 0, T, options);
    }

    double lossOf(double[] finalState) {
        double[] out = new double[batch * model.config().outputDimension()];
        model.readout(finalState, out);
        double total = 0;
        for (int i = 0; i < out.length; i++) {
            total += weights[i] * out[i];
        }
        return total;
    }

    /** Gradient of L with respect to all parameters, the field part by backprop or by the adjoint. */
    double[] gradient(SolverOptions forwardOptions, boolean adjoint, SolverOptions backwardOptions) {
        Solution forward = solve(adjoint ? forwardOptions : forwardOptions.withRecordSteps(true));
        if (!forward.isSuccess()) {
            throw new AssertionError("forward solve failed: " + forward.message());
        }
        double[] finalState = forward.finalState();
        double[] grad = new double[model.parameterCount()];
        double[] stateCotangent = new double[finalState.length];
        model.readoutGradient(finalState, weights, stateCotangent, grad);
        double[][] cotangents = {null, stateCotangent};
        Gradient g = adjoint
                ? Adjoint.gradient(model.field(), forward, cotangents, backwardOptions)
                : Backprop.gradient(model.field(), forward, cotangents);
        if (!g.isSuccess()) {
            throw new AssertionError("backward pass failed: " + g.message());
        }
        for (int p = 0; p < g.parameters().length; p++) {
            grad[p] += g.parameters()[p];
        }
        model.initialStateGradient(inputs, g.initialState(), grad);
        return grad;
    }

    /** Central differences of the full pipeline, solving at tolerance 1e-12. */
    double[] finiteDifferences() {
        SolverOptions tight = SolverOptions.defaults().withTolerances(1e-12, 1e-12);
        double[] theta = model.parameters();
        double[] fd = new double[theta.length];
        double[] cachedFinal = solve(tight).finalState();
        for (int p = 0; p < theta.length; p++) {
            boolean readoutOnly = p >= model.readoutOffset();
            double saved = theta[p];
            double eps = 1e-5 * Math.max(1, Math.abs(saved));
            theta[p] = saved + eps;
            model.parametersChanged();
            double up = lossOf(readoutOnly ? cachedFinal : solve(tight).finalState());
            theta[p] = saved - eps;
            model.parametersChanged();
            double down = lossOf(readoutOnly ? cachedFinal : solve(tight).finalState());
            theta[p] = saved;
            model.parametersChanged();
            fd[p] = (up - down) / (2 * eps);
        }
        return fd;
    }

    static SolverOptions dopri5(double tol) {
        return SolverOptions.defaults().withTolerances(tol, tol);
    }

    static SolverOptions rk4(double step) {
        return SolverOptions.of(Method.RK4).withStepSize(step);
    }
}
