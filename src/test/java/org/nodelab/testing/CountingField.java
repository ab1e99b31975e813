package org.nodelab.testing;

import org.nodelab.ode.VectorField;

/**
 * Wraps a field and counts its real calls and the rows it was given, the way a neural field is billed, so a
 * solver's own NFE figure can be checked against what actually ran.
 */
public final class CountingField implements VectorField {

    private final VectorField inner;
    public long calls;
    public long rows;
    public int largestBatch;

    public CountingField(VectorField inner) {
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
