package org.nodelab.dynamics;

import java.util.List;

/**
 * What kind of equilibrium the linearization shows, read from the Jacobian's eigenvalues.
 *
 * <p>Beyond two dimensions the names keep their meaning for the signs of the real parts: a saddle-focus
 * (mixed signs, some complex) is reported as {@link #SADDLE}, and a node or focus means every direction
 * agrees. {@link #stable()} means asymptotically stable: nearby trajectories are drawn in.
 */
public enum Classification {
    STABLE_NODE(true, "stable node: every eigenvalue is real and negative, so nearby trajectories "
            + "slide straight in without circling"),
    UNSTABLE_NODE(false, "unstable node: every eigenvalue is real and positive, so trajectories leave in "
            + "every direction without circling"),
    SADDLE(false, "saddle: some directions attract and others repel (eigenvalues with real parts of both "
            + "signs), so almost every trajectory passes by and leaves"),
    STABLE_FOCUS(true, "stable focus (spiral sink): every real part is negative and some eigenvalues are "
            + "complex, so trajectories spiral in"),
    UNSTABLE_FOCUS(false, "unstable focus (spiral source): every real part is positive and some eigenvalues "
            + "are complex, so trajectories spiral out"),
    CENTRE(false, "centre: every eigenvalue is purely imaginary, so the linearization has closed orbits "
            + "around the point; nonlinear terms decide whether it truly is a centre or a weak focus"),
    NON_HYPERBOLIC(false, "non-hyperbolic: some eigenvalue has zero real part, so the linearization "
            + "cannot decide stability");

    /**
     * Real parts within this fraction of the largest eigenvalue modulus (or of 1, if larger) count as zero:
     * well above the error of an eigenvalue from a central-difference Jacobian (about 1e-10 relative).
     */
    public static final double DEFAULT_TOLERANCE = 1e-7;

    private final boolean stable;
    private final String description;

    Classification(boolean stable, String description) {
        this.stable = stable;
        this.description = description;
    }

    /** True when the equilibrium is asymptotically stable (attracting). */
    public boolean stable() {
        return stable;
    }

    /** A plain-words explanation for the user. */
    public String description() {
        return description;
    }

    /** Classifies with {@link #DEFAULT_TOLERANCE}. */
    public static Classification of(List<Eigenvalue> eigenvalues) {
        return of(eigenvalues, DEFAULT_TOLERANCE);
    }

    /**
     * @param relativeTolerance real parts below relativeTolerance · max(1, max |λ|) in size count as zero;
     *                          imaginary parts below its square root count as zero, because a repeated real
     *                          eigenvalue of a defective matrix comes back split by about √ε, often as a
     *                          complex pair
     */
    public static Classification of(List<Eigenvalue> eigenvalues, double relativeTolerance) {
        if (eigenvalues.isEmpty()) {
            throw new IllegalArgumentException("classification needs at least one eigenvalue");
        }
        double scale = 1;
        for (Eigenvalue e : eigenvalues) {
            scale = Math.max(scale, e.modulus());
        }
        double realTolerance = relativeTolerance * scale;
        double imaginaryTolerance = Math.sqrt(relativeTolerance) * scale;
        boolean anyZeroReal = false;
        boolean allPurelyImaginary = true;
        boolean anyPositive = false;
        boolean anyNegative = false;
        boolean anyComplex = false;
        for (Eigenvalue e : eigenvalues) {
            boolean zeroReal = Math.abs(e.re()) <= realTolerance;
            boolean complex = Math.abs(e.im()) > imaginaryTolerance;
            anyZeroReal |= zeroReal;
            allPurelyImaginary &= zeroReal && complex;
            anyPositive |= !zeroReal && e.re() > 0;
            anyNegative |= !zeroReal && e.re() < 0;
            anyComplex |= complex;
        }
        if (anyZeroReal) {
            return allPurelyImaginary ? CENTRE : NON_HYPERBOLIC;
        }
        if (anyPositive && anyNegative) {
            return SADDLE;
        }
        if (anyNegative) {
            return anyComplex ? STABLE_FOCUS : STABLE_NODE;
        }
        return anyComplex ? UNSTABLE_FOCUS : UNSTABLE_NODE;
    }
}
