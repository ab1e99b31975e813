package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * ∂f/∂y by central differences, for fields without an analytic Jacobian (typed systems) and as the check on
 * those that have one. The step cbrt(ε)·max(1, |y_j|) balances truncation error (∝ h²) against rounding (∝ ε/h).
 */
public final class CentralDifferenceJacobian {

    private static final double STEP_SCALE = Math.cbrt(Math.ulp(1.0));

    private CentralDifferenceJacobian() {
    }

    /** Writes the estimate at one point into {@code jacobian}, row-major n×n, as {@link AnalyticJacobian} does. */
    public static void estimate(VectorField field, double t, double[] point, double[] jacobian) {
        int n = field.dimension();
        double[] shifted = point.clone();
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double h = STEP_SCALE * Math.max(1.0, Math.abs(point[j]));
            shifted[j] = point[j] + h;
            double up = shifted[j];
            field.evaluate(t, shifted, plus);
            shifted[j] = point[j] - h;
            double down = shifted[j];
            field.evaluate(t, shifted, minus);
            shifted[j] = point[j];
            // Dividing by the representable difference, not 2h, removes the rounding of point ± h.
            double width = up - down;
            for (int i = 0; i < n; i++) {
                jacobian[i * n + j] = (plus[i] - minus[i]) / width;
            }
        }
    }

    /** The analytic Jacobian when the field has one, else the central-difference estimate. */
    public static void of(VectorField field, double t, double[] point, double[] jacobian) {
        if (field instanceof AnalyticJacobian analytic) {
            analytic.jacobian(t, point, jacobian);
        } else {
            estimate(field, t, point, jacobian);
        }
    }
}
