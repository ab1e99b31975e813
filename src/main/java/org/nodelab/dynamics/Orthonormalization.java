package org.nodelab.dynamics;

/**
 * Re-orthonormalizes the tangent vectors of each row of a variational state in place (the Q of a thin QR) and
 * adds log |R_ii| to running sums: the step of Benettin's algorithm that keeps the vectors from collapsing onto
 * the most expanding direction.
 *
 * <p>Modified Gram–Schmidt is run twice ("twice is enough", Giraud et al. 2005): the vectors differ in length
 * by factors like e^(15·interval) for Lorenz, and a single pass would leave them visibly non-orthogonal.
 */
final class Orthonormalization {

    private Orthonormalization() {
    }

    /**
     * @param rows    variational rows [y, v_1 … v_k], width n(k + 1), changed in place
     * @param logSums    length batch·k; log |R_jj| of point b is added to {@code logSums[b·k + j]}
     * @param triangular null, or length batch·k·k to receive each point's R, row-major (R[l][j] at l·k + j)
     * @return false if some vector had zero, NaN or infinite length (its sums are then NaN)
     */
    static boolean apply(double[] rows, int n, int count, double[] logSums, double[] triangular) {
        int width = n * (count + 1);
        int points = rows.length / width;
        boolean healthy = true;
        if (triangular != null) {
            java.util.Arrays.fill(triangular, 0);
        }
        for (int b = 0; b < points; b++) {
            int base = b * width;
            int rBase = b * count * count;
            for (int j = 0; j < count; j++) {
                int vj = base + (j + 1) * n;
                for (int pass = 0; pass < 2; pass++) {
                    for (int l = 0; l < j; l++) {
                        int vl = base + (l + 1) * n;
                        double dot = 0;
                        for (int i = 0; i < n; i++) {
                            dot += rows[vl + i] * rows[vj + i];
                        }
                        for (int i = 0; i < n; i++) {
                            rows[vj + i] -= dot * rows[vl + i];
                        }
                        if (triangular != null) {
                            triangular[rBase + l * count + j] += dot;
                        }
                    }
                }
                double norm = 0;
                for (int i = 0; i < n; i++) {
                    norm += rows[vj + i] * rows[vj + i];
                }
                norm = Math.sqrt(norm);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    healthy = false;
                    logSums[b * count + j] = Double.NaN;
                    continue;
                }
                logSums[b * count + j] += Math.log(norm);
                if (triangular != null) {
                    triangular[rBase + j * count + j] = norm;
                }
                double inverse = 1.0 / norm;
                for (int i = 0; i < n; i++) {
                    rows[vj + i] *= inverse;
                }
            }
        }
        return healthy;
    }

    /** Writes the first k unit vectors e_1 … e_k as the tangent vectors of every row. */
    static void identityTangents(double[] rows, int n, int count) {
        int width = n * (count + 1);
        int points = rows.length / width;
        for (int b = 0; b < points; b++) {
            int base = b * width;
            java.util.Arrays.fill(rows, base + n, base + width, 0);
            for (int j = 0; j < count; j++) {
                rows[base + (j + 1) * n + j] = 1;
            }
        }
    }
}
