package org.nodelab.dynamics;

import java.util.ArrayList;
import java.util.List;

/**
 * Traces the level set |R(z)| = 1 of a real polynomial R as closed polylines by following the roots of
 * R(z) = e^{iθ} while θ runs from 0 to 2π.
 *
 * <p>Each of the deg R roots moves continuously with θ and draws one branch. At θ = 2π the roots are those of
 * θ = 0 again, possibly permuted, so branches are joined along the cycles of that permutation into closed
 * curves. The θ step halves wherever a root would jump more than {@link #MAX_SEGMENT} (near points where
 * R' = 0, roots move fast) and doubles again where they move slowly, so the polylines draw cleanly.
 */
final class RootLocus {

    /** Longest segment of a traced polyline, in units of z. */
    static final double MAX_SEGMENT = 0.02;
    private static final double MAX_ANGLE_STEP = 2 * Math.PI / 720;
    private static final double MIN_ANGLE_STEP = 1e-10;

    private RootLocus() {
    }

    /** @param coefficients R's coefficients, lowest degree first, the last non-zero */
    static List<Curve> levelSetOfUnitModulus(double[] coefficients) {
        int m = coefficients.length - 1;
        if (m < 1) {
            return List.of();
        }
        double[] cRe = coefficients.clone();
        double[] cIm = new double[m + 1];
        double[] rootsRe = new double[m];
        double[] rootsIm = new double[m];
        cRe[0] = coefficients[0] - 1;
        PolynomialRoots.initialGuesses(cRe, cIm, rootsRe, rootsIm);
        PolynomialRoots.refine(cRe, cIm, rootsRe, rootsIm);

        List<List<double[]>> branches = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            List<double[]> branch = new ArrayList<>();
            branch.add(new double[] {rootsRe[i], rootsIm[i]});
            branches.add(branch);
        }
        double[] trialRe = new double[m];
        double[] trialIm = new double[m];
        double theta = 0;
        double step = MAX_ANGLE_STEP;
        while (theta < 2 * Math.PI) {
            double next = Math.min(theta + step, 2 * Math.PI);
            System.arraycopy(rootsRe, 0, trialRe, 0, m);
            System.arraycopy(rootsIm, 0, trialIm, 0, m);
            cRe[0] = coefficients[0] - Math.cos(next);
            cIm[0] = -Math.sin(next);
            PolynomialRoots.refine(cRe, cIm, trialRe, trialIm);
            double largestMove = 0;
            for (int i = 0; i < m; i++) {
                largestMove = Math.max(largestMove, Math.hypot(trialRe[i] - rootsRe[i], trialIm[i] - rootsIm[i]));
            }
            if (largestMove > MAX_SEGMENT && step > MIN_ANGLE_STEP) {
                step /= 2;
                continue;
            }
            for (int i = 0; i < m; i++) {
                branches.get(i).add(new double[] {trialRe[i], trialIm[i]});
            }
            System.arraycopy(trialRe, 0, rootsRe, 0, m);
            System.arraycopy(trialIm, 0, rootsIm, 0, m);
            theta = next;
            if (largestMove < MAX_SEGMENT / 4) {
                step = Math.min(2 * step, MAX_ANGLE_STEP);
            }
        }
        return joinIntoClosedCurves(branches);
    }

    /** Follows each branch's end to the branch that starts there, until the cycle returns to its first branch. */
    private static List<Curve> joinIntoClosedCurves(List<List<double[]>> branches) {
        int m = branches.size();
        int[] successor = new int[m];
        for (int i = 0; i < m; i++) {
            List<double[]> branch = branches.get(i);
            double[] end = branch.get(branch.size() - 1);
            int nearest = 0;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                double[] start = branches.get(j).get(0);
                double distance = Math.hypot(end[0] - start[0], end[1] - start[1]);
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = j;
                }
            }
            successor[i] = nearest;
        }
        boolean[] used = new boolean[m];
        List<Curve> curves = new ArrayList<>();
        for (int first = 0; first < m; first++) {
            if (used[first]) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            int current = first;
            // A successor map that is not a permutation (two ends nearest to one start) would loop forever
            // without the used check; then the curve is just left open at that branch.
            while (!used[current]) {
                used[current] = true;
                List<double[]> branch = branches.get(current);
                // Each branch ends where its successor starts, so skip the successor's duplicate first point.
                points.addAll(points.isEmpty() ? branch : branch.subList(1, branch.size()));
                current = successor[current];
            }
            if (current == first) {
                double[] start = points.get(0);
                points.set(points.size() - 1, start);
            }
            double[] re = new double[points.size()];
            double[] im = new double[points.size()];
            for (int p = 0; p < points.size(); p++) {
                re[p] = points.get(p)[0];
                im[p] = points.get(p)[1];
            }
            curves.add(new Curve(re, im));
        }
        return curves;
    }
}
