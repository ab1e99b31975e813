package org.nodelab.cli.bench;

import org.nodelab.ode.VectorField;

/** Wraps a vector field and adds up the wall time spent inside it, to split a solve's time into field and solver. */
final class TimedField implements VectorField {

    private final VectorField inner;
    long nanos;
    long calls;

    TimedField(VectorField inner) {
        this.inner = inner;
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        long start = System.nanoTime();
        inner.evaluate(t, y, dydt);
        nanos += System.nanoTime() - start;
        calls++;
    }

    void reset() {
        nanos = 0;
        calls = 0;
    }
}
