package org.nodelab.dynamics;

import java.util.function.DoubleBinaryOperator;

import org.nodelab.ode.VectorField;

/** A two-dimensional field x' = f(x, y), y' = g(x, y) written as two lambdas, with no Jacobian of its own. */
final class PlanarField implements VectorField {

    private final DoubleBinaryOperator f;
    private final DoubleBinaryOperator g;

    PlanarField(DoubleBinaryOperator f, DoubleBinaryOperator g) {
        this.f = f;
        this.g = g;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int base = 0; base < y.length; base += 2) {
            dydt[base] = f.applyAsDouble(y[base], y[base + 1]);
            dydt[base + 1] = g.applyAsDouble(y[base], y[base + 1]);
        }
    }
}
