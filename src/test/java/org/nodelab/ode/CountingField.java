package org.nodelab.ode;

/** Wraps a field and counts real calls, so the solver's own NFE figure can be checked against them. */
final class CountingField implements VectorField {

    private final VectorField inner;
    long calls;

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
        inner.evaluate(t, y, dydt);
    }
}
