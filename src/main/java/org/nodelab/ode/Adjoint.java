package org.nodelab.ode;

/**
 * Gradients by the continuous adjoint method (optimize-then-discretize): the augmented adjoint system is
 * solved backward between consecutive output times with its own solver options, and its evaluations are
 * counted as the backward NFE. As torchdiffeq does, the state is reset to the forward value at each output
 * time, so backward drift in y does not accumulate.
 */
public final class Adjoint {

    private Adjoint() {
    }

    /**
     * @param forward           a successful solve of {@code field}
     * @param outputCotangents  dL/dy at each output time (null entries count as zero)
     * @param backwardOptions   solver and tolerances for the backward solve; the adjoint system is never a
     *                          split system, so a Verlet run's backward solve uses Verlet's fallback (rk4) at
     *                          the same step
     */
    public static Gradient gradient(ParametricVectorField field, Solution forward, double[][] outputCotangents,
                                    SolverOptions backwardOptions) {
        return gradient(field, forward, outputCotangents, AdjointOptions.flat(backwardOptions));
    }

    /**
     * As {@link #gradient(ParametricVectorField, Solution, double[][], SolverOptions)}, with the backward
     * solve's error controlled in the norm that {@code adjoint} names.
     */
    public static Gradient gradient(ParametricVectorField field, Solution forward, double[][] outputCotangents,
                                    AdjointOptions adjoint) {
        SolverOptions backwardOptions = adjoint.solver();
        if (!forward.isSuccess()) {
            throw new IllegalArgumentException("cannot differentiate a failed solve: " + forward.message());
        }
        double[] times = forward.times();
        double[][] states = forward.states();
        if (outputCotangents.length != times.length) {
            throw new IllegalArgumentException("expected " + times.length + " output cotangents, got "
                    + outputCotangents.length);
        }
        int n = states[0].length;
        int parameterCount = field.parameterCount();
        AdjointSystem system = new AdjointSystem(field, n);
        SolverOptions options = OdeSolver.withFallback(system, backwardOptions.withRecordSteps(false));
        ErrorNorm norm = adjoint.errorNorm(n, parameterCount);
        Term term = new DriftTerm(system);

        int last = times.length - 1;
        double[] z = new double[system.dimension()];
        System.arraycopy(states[last], 0, z, 0, n);
        addInto(z, n, outputCotangents[last]);
        long evaluations = 0;
        for (int i = last; i > 0; i--) {
            Solution back = OdeSolver.solve(term, z, new double[] {times[i], times[i - 1]}, options, norm);
            evaluations += back.statistics().nfe();
            if (!back.isSuccess()) {
                return new Gradient(new double[n], new double[parameterCount], evaluations, evaluations,
                        back.result(), "the adjoint solve from t = " + times[i] + " back to " + times[i - 1]
                        + " failed: " + back.message());
            }
            z = back.finalState().clone();
            System.arraycopy(states[i - 1], 0, z, 0, n);
            addInto(z, n, outputCotangents[i - 1]);
        }
        double[] initialState = java.util.Arrays.copyOfRange(z, n, 2 * n);
        double[] parameters = java.util.Arrays.copyOfRange(z, 2 * n, 2 * n + parameterCount);
        return new Gradient(initialState, parameters, evaluations, evaluations, ResultCode.SUCCESS,
                "adjoint over " + last + " interval(s)");
    }

    private static void addInto(double[] z, int offset, double[] cotangent) {
        if (cotangent == null) {
            return;
        }
        for (int q = 0; q < cotangent.length; q++) {
            z[offset + q] += cotangent[q];
        }
    }
}
