package org.nodelab.dynamics;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * The Jacobian ∂f/∂y of any vector field at one point: the field's own when it implements
 * {@link AnalyticJacobian}, otherwise central differences.
 *
 * <p>Central differences evaluate all 2n perturbed points as one batch of 2n rows in a single call of
 * {@link VectorField#evaluate}, because a neural field pays per call far more than per row.
 */
public final class Jacobians {

    /** cbrt(machine epsilon): balances the O(h²) truncation of central differences against O(ε/h) rounding. */
    static final double CENTRAL_DIFFERENCE_SCALE = Math.cbrt(Math.ulp(1.0));

    private Jacobians() {
    }

    /** ∂f_i/∂y_j at {@code point} (one point, length {@code field.dimension()}) and time t, as rows i. */
    public static double[][] at(VectorField field, double t, double[] point) {
        int n = field.dimension();
        if (point.length != n) {
            throw new IllegalArgumentException("the point has " + point.length + " components; the field has "
                    + n + " dimensions");
        }
        double[] flat = new double[n * n];
        if (field instanceof AnalyticJacobian analytic) {
            analytic.jacobian(t, point.clone(), flat);
        } else {
            centralDifferences(field, t, point, flat);
        }
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, rows[i], 0, n);
        }
        return rows;
    }

    /**
     * The Jacobian at a point where the field must be defined: the field's value and every entry are checked,
     * because central differences across a singularity (1/x at 0) give large but finite nonsense.
     *
     * @param names the state variables, for the message
     * @throws IllegalArgumentException naming the component that is not finite
     */
    public static double[][] atRegularPoint(VectorField field, double t, double[] point, java.util.List<String> names) {
        int n = field.dimension();
        if (point.length != n) {
            throw new IllegalArgumentException("the point has " + point.length + " components; the field has "
                    + n + " dimensions");
        }
        double[] rate = new double[n];
        field.evaluate(t, point.clone(), rate);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(rate[i])) {
                throw new IllegalArgumentException("the field is not finite at " + java.util.Arrays.toString(point)
                        + ": " + names.get(i) + "' = " + rate[i] + ", so it has no Jacobian there");
            }
        }
        double[][] jacobian = at(field, t, point);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(jacobian[i][j])) {
                    throw new IllegalArgumentException("the Jacobian is not finite at "
                            + java.util.Arrays.toString(point) + ": ∂" + names.get(i) + "'/∂" + names.get(j) + " = "
                            + jacobian[i][j]);
                }
            }
        }
        return jacobian;
    }

    /** The perturbation used for component x: relative for large |x|, absolute near zero. */
    static double step(double x) {
        double h = CENTRAL_DIFFERENCE_SCALE * Math.max(1.0, Math.abs(x));
        // Use the difference the floating-point numbers can actually represent, so h is exact in (x + h) − x.
        return (x + h) - x;
    }

    /**
     * Row-major central-difference Jacobian, ignoring any analytic one (which is how analytic Jacobians are
     * checked): rows 2j and 2j+1 of the one batched call are x ± h_j e_j.
     */
    public static void centralDifferences(VectorField field, double t, double[] point, double[] jacobian) {
        int n = point.length;
        double[] probes = new double[2 * n * n];
        double[] rates = new double[2 * n * n];
        double[] steps = new double[n];
        for (int j = 0; j < n; j++) {
            steps[j] = step(point[j]);
            int plus = 2 * j * n;
            int minus = plus + n;
            System.arraycopy(point, 0, probes, plus, n);
            System.arraycopy(point, 0, probes, minus, n);
            probes[plus + j] += steps[j];
            probes[minus + j] -= steps[j];
        }
        field.evaluate(t, probes, rates);
        for (int j = 0; j < n; j++) {
            int plus = 2 * j * n;
            int minus = plus + n;
            double twoH = 2 * steps[j];
            for (int i = 0; i < n; i++) {
                jacobian[i * n + j] = (rates[plus + i] - rates[minus + i]) / twoH;
            }
        }
    }
}
