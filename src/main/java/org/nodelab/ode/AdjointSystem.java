package org.nodelab.ode;

/**
 * The augmented adjoint system of Chen et al. (2018) as one flat vector field z = [y, a, g, s] (a batch of one):
 * y' = f(t, y), a' = −aᵀ ∂f/∂y, g' = −aᵀ ∂f/∂θ, s' = −aᵀ ∂f/∂t. Integrated from the end time back to the start,
 * it gives a(t0) = dL/dy0 and g(t0) = dL/dθ without storing the forward trajectory. The last number s is
 * torchdiffeq's {@code vjp_t}: nobody reads its value, but torchdiffeq always integrates it and its default and
 * seminorm error norms count it, so its error shapes the backward steps of a time-dependent field.
 */
final class AdjointSystem implements VectorField {

    private final ParametricVectorField field;
    private final int n;
    private final int parameterCount;
    private final double[] state;
    private final double[] adjoint;
    private final double[] rate;
    private final double[] stateCotangent;
    private final double[] parameterCotangent;

    AdjointSystem(ParametricVectorField field, int n) {
        this.field = field;
        this.n = n;
        this.parameterCount = field.parameterCount();
        this.state = new double[n];
        this.adjoint = new double[n];
        this.rate = new double[n];
        this.stateCotangent = new double[n];
        this.parameterCotangent = new double[parameterCount];
    }

    @Override
    public int dimension() {
        return 2 * n + parameterCount + 1;
    }

    @Override
    public void evaluate(double t, double[] z, double[] dz) {
        System.arraycopy(z, 0, state, 0, n);
        System.arraycopy(z, n, adjoint, 0, n);
        field.evaluate(t, state, rate);
        java.util.Arrays.fill(parameterCotangent, 0);
        double timeCotangent = field.vectorJacobianProductWithTime(t, state, adjoint, stateCotangent,
                parameterCotangent);
        System.arraycopy(rate, 0, dz, 0, n);
        for (int q = 0; q < n; q++) {
            dz[n + q] = -stateCotangent[q];
        }
        for (int p = 0; p < parameterCount; p++) {
            dz[2 * n + p] = -parameterCotangent[p];
        }
        dz[2 * n + parameterCount] = -timeCotangent;
    }
}
