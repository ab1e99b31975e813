package org.nodelab.dynamics;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * The state together with k tangent vectors as one vector field: each row is [y, v_1, …, v_k] and its rate is
 * [f(t, y), J(t, y)·v_1, …, J(t, y)·v_k], the variational equations that Lyapunov exponents integrate.
 *
 * <p>Every evaluation calls the underlying field exactly once, whatever the batch: with an
 * {@link AnalyticJacobian} that call gives f and the Jacobian–vector products come from the analytic
 * Jacobian; otherwise one batch of (2k + 1) rows per point holds y and y ± ε v_j, and J·v_j is the central
 * directional difference. Buffers are sized on the first call for a batch and reused, so a long solve
 * allocates nothing per step.
 */
public final class VariationalEquations implements VectorField {

    private final VectorField field;
    private final AnalyticJacobian analytic;
    private final int n;
    private final int count;
    private final int width;

    private int batch = -1;
    private double[] probes;
    private double[] probeRates;
    private double[] steps;
    private final double[] point;
    private final double[] jacobian;

    /**
     * @param field the system y' = f(t, y)
     * @param count how many tangent vectors ride along with each point, 1 ≤ count ≤ dimension
     */
    public VariationalEquations(VectorField field, int count) {
        this.field = field;
        this.n = field.dimension();
        if (count < 1 || count > n) {
            throw new IllegalArgumentException("the number of tangent vectors must be between 1 and the dimension "
                    + n + ", not " + count);
        }
        this.count = count;
        this.width = n * (count + 1);
        this.analytic = field instanceof AnalyticJacobian a ? a : null;
        this.point = new double[n];
        this.jacobian = analytic == null ? null : new double[n * n];
    }

    /** n · (k + 1): the point followed by its k tangent vectors. */
    @Override
    public int dimension() {
        return width;
    }

    /** Dimension of the underlying system. */
    public int stateDimension() {
        return n;
    }

    /** Number of tangent vectors per point. */
    public int tangentCount() {
        return count;
    }

    @Override
    public void evaluate(double t, double[] rows, double[] rates) {
        int points = rows.length / width;
        if (points != batch) {
            allocate(points);
        }
        if (analytic != null) {
            evaluateAnalytic(t, rows, rates, points);
        } else {
            evaluateByDifferences(t, rows, rates, points);
        }
    }

    private void allocate(int points) {
        batch = points;
        if (analytic != null) {
            probes = new double[points * n];
            probeRates = new double[points * n];
        } else {
            int rowsPerPoint = 2 * count + 1;
            probes = new double[points * rowsPerPoint * n];
            probeRates = new double[points * rowsPerPoint * n];
            steps = new double[points * count];
        }
    }

    private void evaluateAnalytic(double t, double[] rows, double[] rates, int points) {
        for (int b = 0; b < points; b++) {
            System.arraycopy(rows, b * width, probes, b * n, n);
        }
        field.evaluate(t, probes, probeRates);
        for (int b = 0; b < points; b++) {
            int base = b * width;
            System.arraycopy(probeRates, b * n, rates, base, n);
            System.arraycopy(rows, base, point, 0, n);
            analytic.jacobian(t, point, jacobian);
            for (int j = 0; j < count; j++) {
                int v = base + (j + 1) * n;
                for (int i = 0; i < n; i++) {
                    double acc = 0;
                    int row = i * n;
                    for (int l = 0; l < n; l++) {
                        acc += jacobian[row + l] * rows[v + l];
                    }
                    rates[v + i] = acc;
                }
            }
        }
    }

    private void evaluateByDifferences(double t, double[] rows, double[] rates, int points) {
        int rowsPerPoint = 2 * count + 1;
        for (int b = 0; b < points; b++) {
            int base = b * width;
            int probeBase = b * rowsPerPoint * n;
            double scale = 0;
            for (int i = 0; i < n; i++) {
                scale = Math.max(scale, Math.abs(rows[base + i]));
            }
            // The perturbation ε·|v| has the size a Jacobian column would get, whatever |v| is, because the
            // tangent vectors shrink or grow by orders of magnitude between renormalizations.
            double perturbation = Jacobians.CENTRAL_DIFFERENCE_SCALE * Math.max(1.0, scale);
            System.arraycopy(rows, base, probes, probeBase, n);
            for (int j = 0; j < count; j++) {
                int v = base + (j + 1) * n;
                double norm = 0;
                for (int i = 0; i < n; i++) {
                    norm += rows[v + i] * rows[v + i];
                }
                norm = Math.sqrt(norm);
                double epsilon = norm > 0 && Double.isFinite(norm) ? perturbation / norm : 0;
                steps[b * count + j] = epsilon;
                int plus = probeBase + (2 * j + 1) * n;
                int minus = plus + n;
                for (int i = 0; i < n; i++) {
                    double y = rows[base + i];
                    double dv = epsilon * rows[v + i];
                    probes[plus + i] = y + dv;
                    probes[minus + i] = y - dv;
                }
            }
        }
        field.evaluate(t, probes, probeRates);
        for (int b = 0; b < points; b++) {
            int base = b * width;
            int probeBase = b * rowsPerPoint * n;
            System.arraycopy(probeRates, probeBase, rates, base, n);
            for (int j = 0; j < count; j++) {
                int v = base + (j + 1) * n;
                double epsilon = steps[b * count + j];
                int plus = probeBase + (2 * j + 1) * n;
                int minus = plus + n;
                if (epsilon == 0) {
                    // A zero tangent vector stays zero (J·0 = 0); so would a NaN one, and NaN must show.
                    for (int i = 0; i < n; i++) {
                        rates[v + i] = rows[v + i] == 0 ? 0 : Double.NaN;
                    }
                    continue;
                }
                double inverse = 1.0 / (2 * epsilon);
                for (int i = 0; i < n; i++) {
                    rates[v + i] = (probeRates[plus + i] - probeRates[minus + i]) * inverse;
                }
            }
        }
    }
}
