package org.nodelab.dynamics;

import java.util.List;

import org.nodelab.ode.ButcherTableau;
import org.nodelab.ode.Method;

/**
 * The region of absolute stability of a one-step method, in the plane of z = hλ: where the numerical
 * solution of y' = λy does not grow. For an explicit Runge–Kutta method that is |R(z)| ≤ 1, R being the
 * stability polynomial; the spectrum view overlays the boundary, scaled by 1/h, on the Jacobian's eigenvalues.
 */
public final class StabilityRegion {

    /** Velocity Verlet is stable for hλ = iy with |y| < 2 (hω < 2 for an oscillator of frequency ω). */
    public static final double VERLET_LIMIT = 2;

    private final String name;
    /** R's coefficients, lowest degree first; null for Verlet, which has no R(z) on the whole plane. */
    private final double[] polynomial;
    private final List<Curve> boundary;
    private final double realAxisInterval;

    private StabilityRegion(String name, double[] polynomial, List<Curve> boundary, double realAxisInterval) {
        this.name = name;
        this.polynomial = polynomial;
        this.boundary = boundary;
        this.realAxisInterval = realAxisInterval;
    }

    /** The region of an explicit Runge–Kutta tableau, its boundary traced as a root locus. */
    public static StabilityRegion of(ButcherTableau tableau) {
        double[] polynomial = tableau.stabilityPolynomial();
        return new StabilityRegion(tableau.name(), polynomial, RootLocus.levelSetOfUnitModulus(polynomial),
                realAxisInterval(polynomial));
    }

    /** The region of a solver the user can pick; Verlet gets {@link #verlet()}. */
    public static StabilityRegion of(Method method) {
        return method.tableau() == null ? verlet() : of(method.tableau());
    }

    /**
     * Velocity Verlet on a linear oscillator (eigenvalues ±iω): stable exactly on the open segment of the
     * imaginary axis |Im hλ| < 2. Off the axis the question does not arise, because a split system's linear
     * part has purely imaginary eigenvalues, so the "region" is that segment, drawn as one two-point curve.
     */
    public static StabilityRegion verlet() {
        Curve segment = new Curve(new double[] {0, 0}, new double[] {-VERLET_LIMIT, VERLET_LIMIT});
        return new StabilityRegion("verlet", null, List.of(segment), 0);
    }

    public String name() {
        return name;
    }

    /** R(z)'s coefficients, lowest degree first, or null for Verlet. */
    public double[] stabilityPolynomial() {
        return polynomial == null ? null : polynomial.clone();
    }

    /** The curves where |R(z)| = 1, closed and in drawing order (for Verlet, the stable segment). */
    public List<Curve> boundary() {
        return boundary;
    }

    /**
     * The most negative x such that |R(s)| ≤ 1 for every s in [x, 0]: how far a decaying real eigenvalue can
     * sit, times h, before the method blows up. 0 for Verlet.
     */
    public double realAxisInterval() {
        return realAxisInterval;
    }

    /** Whether z = re + i·im is in the closed region |R(z)| ≤ 1 (for Verlet, on the open stable segment). */
    public boolean contains(double re, double im) {
        if (polynomial == null) {
            return re == 0 && Math.abs(im) < VERLET_LIMIT;
        }
        return amplification(re, im) <= 1;
    }

    /**
     * |R(z)|, the factor by which one step multiplies a y' = λy solution at hλ = z. For Verlet, the spectral
     * radius of one step on the imaginary axis (z = iy) and NaN off it.
     */
    public double amplification(double re, double im) {
        if (polynomial == null) {
            if (re != 0) {
                return Double.NaN;
            }
            // The step matrix of an oscillator has eigenvalues μ with μ² − (2 − y²)μ + 1 = 0.
            double trace = 2 - im * im;
            return Math.abs(trace) <= 2 ? 1 : (Math.abs(trace) + Math.sqrt(trace * trace - 4)) / 2;
        }
        double pr = 0;
        double pi = 0;
        for (int k = polynomial.length - 1; k >= 0; k--) {
            double nextRe = pr * re - pi * im + polynomial[k];
            pi = pr * im + pi * re;
            pr = nextRe;
        }
        return Math.hypot(pr, pi);
    }

    /**
     * Scans left from 0 in small steps for the first x with |R(x)| > 1, then bisects. Explicit methods of s
     * stages have intervals no longer than 2s² (Riha 1972; Chebyshev methods reach it), which bounds the scan.
     */
    private static double realAxisInterval(double[] polynomial) {
        int degree = polynomial.length - 1;
        double limit = -2.0 * degree * degree - 1;
        double scanStep = 1e-3;
        double inside = 0;
        for (double x = -scanStep; x >= limit; x -= scanStep) {
            if (Math.abs(realValue(polynomial, x)) > 1) {
                double outside = x;
                for (int i = 0; i < 60; i++) {
                    double middle = (inside + outside) / 2;
                    if (Math.abs(realValue(polynomial, middle)) > 1) {
                        outside = middle;
                    } else {
                        inside = middle;
                    }
                }
                return inside;
            }
            inside = x;
        }
        return inside;
    }

    private static double realValue(double[] polynomial, double x) {
        double value = 0;
        for (int k = polynomial.length - 1; k >= 0; k--) {
            value = value * x + polynomial[k];
        }
        return value;
    }
}
