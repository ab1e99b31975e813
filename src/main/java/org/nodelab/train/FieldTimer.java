package org.nodelab.train;

import org.nodelab.ode.ParametricVectorField;
import org.nodelab.ode.SeparableVectorField;

/**
 * Wraps a model's field and adds up the wall time spent inside it (evaluations and vector–Jacobian
 * products), so a run can report how much of an iteration is the network's compute and how much is ours.
 * A split field stays split, so Verlet still accepts it.
 */
class FieldTimer implements ParametricVectorField {

    final ParametricVectorField inner;
    long nanos;

    FieldTimer(ParametricVectorField inner) {
        this.inner = inner;
    }

    static FieldTimer wrap(ParametricVectorField field) {
        return field instanceof SeparableVectorField ? new Separable(field) : new FieldTimer(field);
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public int parameterCount() {
        return inner.parameterCount();
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        long start = System.nanoTime();
        inner.evaluate(t, y, dydt);
        nanos += System.nanoTime() - start;
    }

    @Override
    public void vectorJacobianProduct(double t, double[] y, double[] cotangent, double[] stateCotangent,
                                      double[] parameterCotangent) {
        long start = System.nanoTime();
        inner.vectorJacobianProduct(t, y, cotangent, stateCotangent, parameterCotangent);
        nanos += System.nanoTime() - start;
    }

    @Override
    public double vectorJacobianProductWithTime(double t, double[] y, double[] cotangent, double[] stateCotangent,
                                                double[] parameterCotangent) {
        long start = System.nanoTime();
        double timeCotangent = inner.vectorJacobianProductWithTime(t, y, cotangent, stateCotangent,
                parameterCotangent);
        nanos += System.nanoTime() - start;
        return timeCotangent;
    }

    private static final class Separable extends FieldTimer implements SeparableVectorField {

        Separable(ParametricVectorField inner) {
            super(inner);
        }

        @Override
        public void positionRate(double t, double[] y, double[] dydt) {
            long start = System.nanoTime();
            ((SeparableVectorField) inner).positionRate(t, y, dydt);
            nanos += System.nanoTime() - start;
        }

        @Override
        public void momentumRate(double t, double[] y, double[] dydt) {
            long start = System.nanoTime();
            ((SeparableVectorField) inner).momentumRate(t, y, dydt);
            nanos += System.nanoTime() - start;
        }

        @Override
        public void evaluate(double t, double[] y, double[] dydt) {
            long start = System.nanoTime();
            inner.evaluate(t, y, dydt);
            nanos += System.nanoTime() - start;
        }
    }
}
