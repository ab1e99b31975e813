package org.nodelab.dynamics;

/** One complex eigenvalue λ = re + i·im of a real matrix; complex ones come in conjugate pairs. */
public record Eigenvalue(double re, double im) {

    /** |λ|, the distance from the origin of the complex plane. */
    public double modulus() {
        return Math.hypot(re, im);
    }

    public boolean isReal(double tolerance) {
        return Math.abs(im) <= tolerance;
    }

    @Override
    public String toString() {
        if (im == 0) {
            return Double.toString(re);
        }
        return re + (im < 0 ? " - " : " + ") + Math.abs(im) + "i";
    }
}
