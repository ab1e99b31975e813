package org.nodelab.dynamics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;

/** Eigenvalues of a square real matrix (typically a Jacobian), through Hipparchus's non-symmetric decomposition. */
public final class Spectrum {

    /** Largest real part first; a conjugate pair puts its positive imaginary part first so the order is stable. */
    static final Comparator<Eigenvalue> BY_REAL_PART_DESCENDING =
            Comparator.comparingDouble(Eigenvalue::re).reversed()
                    .thenComparing(Comparator.comparingDouble(Eigenvalue::im).reversed());

    private Spectrum() {
    }

    /**
     * The n complex eigenvalues of an n x n matrix, sorted by real part, largest first.
     *
     * @throws IllegalArgumentException if the matrix is empty, not square, or holds NaN or Inf
     */
    public static List<Eigenvalue> eigenvalues(double[][] matrix) {
        int n = matrix.length;
        if (n == 0) {
            throw new IllegalArgumentException("an empty matrix has no eigenvalues");
        }
        for (double[] row : matrix) {
            if (row.length != n) {
                throw new IllegalArgumentException("eigenvalues need a square matrix; this one is " + n + " x "
                        + row.length);
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("the matrix holds " + value + "; eigenvalues need finite entries");
                }
            }
        }
        List<Eigenvalue> result = new ArrayList<>(n);
        if (n == 1) {
            // The decomposition is pointless for a scalar, and a scalar must come back exactly.
            result.add(new Eigenvalue(matrix[0][0], 0));
            return result;
        }
        Complex[] values = new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(matrix, true)).getEigenvalues();
        for (Complex value : values) {
            result.add(new Eigenvalue(value.getReal(), value.getImaginary()));
        }
        result.sort(BY_REAL_PART_DESCENDING);
        return result;
    }
}
