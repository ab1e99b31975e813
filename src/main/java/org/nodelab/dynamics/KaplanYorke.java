package org.nodelab.dynamics;

import java.util.Arrays;

/** The Kaplan–Yorke (Lyapunov) dimension of an attractor from its Lyapunov spectrum. */
public final class KaplanYorke {

    private KaplanYorke() {
    }

    /**
     * D = j + (λ_1 + … + λ_j) / |λ_(j+1)|, where j is the largest index whose partial sum is not negative.
     * 0 when even λ_1 is negative (a stable fixed point); the number of exponents when no partial sum turns
     * negative (volume does not contract, or the spectrum given is too short to tell). NaN if any is NaN.
     */
    public static double dimension(double[] exponents) {
        double[] sorted = exponents.clone();
        Arrays.sort(sorted);
        for (double e : sorted) {
            if (Double.isNaN(e)) {
                return Double.NaN;
            }
        }
        int k = sorted.length;
        double partial = 0;
        for (int j = 0; j < k; j++) {
            double next = sorted[k - 1 - j];
            if (partial + next < 0) {
                return j + partial / Math.abs(next);
            }
            partial += next;
        }
        return k;
    }
}
