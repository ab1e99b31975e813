package org.nodelab.dynamics;

import org.nodelab.ode.VectorField;

/** Wraps a field and counts its calls and the rows it was given, the way a neural field is billed. */
final class CountingField implements VectorField {

    private final VectorField inner;
    int calls;
    long rows;
    int largestBatch;

    CountingField(VectorField inner) {
        this.inner = inner;
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        calls++;
        int batch = y.length / inner.dimension();
        rows += batch;
        largestBatch = Math.max(largestBatch, batch);
        inner.evaluate(t, y, dydt);
    }
}
