package org.nodelab.ode;

/** The deterministic part of the right-hand side, dy = f(t, y) dt. */
public record DriftTerm(VectorField field) implements Term {

    public DriftTerm {
        if (field == null) {
            throw new IllegalArgumentException("a drift term needs a vector field");
        }
    }

    @Override
    public int dimension() {
        return field.dimension();
    }
}
