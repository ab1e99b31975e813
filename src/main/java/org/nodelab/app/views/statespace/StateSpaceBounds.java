package org.nodelab.app.views.statespace;

import org.nodelab.session.AnalysisSnapshot;
import org.nodelab.session.Projection;
import org.nodelab.train.data.Dataset;

/**
 * The part of the state plane the state-space view shows. It is kept steady while training runs: it grows at once
 * when the trajectories leave it and shrinks slowly once they fill less than 40% of it, so the picture does
 * not jump on every analysis. A new projection starts afresh.
 */
final class StateSpaceBounds {

    /** Below this share of the shown area the bounds shrink to the trajectories again. */
    private static final double SHRINK_BELOW = 0.4;
    /** Share of the gap to the trajectories an edge moves in per analysis while the bounds shrink. */
    private static final double SHRINK_RATE = 0.2;
    /** Values beyond this are a blown-up trajectory, not a place worth showing. */
    private static final double FAR = 1e6;

    /** xMin, xMax, yMin, yMax; null until something finite was seen. */
    private double[] bounds;

    /** Forgets the bounds (the axes changed): the next analysis sets them. */
    void reset() {
        bounds = null;
    }

    /** xMin, xMax, yMin, yMax, or null when there is nothing finite to show. */
    double[] get() {
        return bounds;
    }

    /**
     * Takes a new analysis into account.
     *
     * @param inputData the training data when the projection shows its input plane (its points then count too),
     *                  otherwise null
     */
    void update(AnalysisSnapshot a, Projection p, Dataset inputData) {
        double[] fresh = fit(a, p, inputData);
        if (fresh != null) {
            bounds = next(bounds, fresh);
        }
    }

    /**
     * The bounds after {@code fresh} was seen: an edge the trajectories crossed moves out at once, so nothing
     * leaves the picture; once they fill less than 40% of it, the edges move a fifth of the way in per
     * analysis, so the picture tightens without jumping.
     */
    static double[] next(double[] old, double[] fresh) {
        if (old == null) {
            return fresh.clone();
        }
        boolean shrink = area(fresh) < SHRINK_BELOW * area(old);
        double[] b = old.clone();
        for (int i = 0; i < 4; i++) {
            boolean lower = i % 2 == 0;
            boolean outside = lower ? fresh[i] < b[i] : fresh[i] > b[i];
            if (outside) {
                b[i] = fresh[i];
            } else if (shrink) {
                b[i] += SHRINK_RATE * (fresh[i] - b[i]);
            }
        }
        return b;
    }

    private static double[] fit(AnalysisSnapshot a, Projection p, Dataset inputData) {
        if (a == null) {
            return null;
        }
        int n = a.stateDimension();
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[] state : a.trajectories()) {
            for (int i = 0; i + n <= state.length; i += n) {
                include(b, state[i + p.x()], state[i + p.y()]);
            }
        }
        if (inputData != null) {
            double[] x = inputData.train().features();
            int d = inputData.featureDimension();
            for (int i = 0; i + d <= x.length; i += d) {
                include(b, x[i + p.x()], x[i + p.y()]);
            }
        }
        if (!(b[1] >= b[0]) || !(b[3] >= b[2])) {
            return null;
        }
        double padX = Math.max(0.08 * (b[1] - b[0]), 1e-2);
        double padY = Math.max(0.08 * (b[3] - b[2]), 1e-2);
        return new double[] {b[0] - padX, b[1] + padX, b[2] - padY, b[3] + padY};
    }

    private static void include(double[] b, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) < FAR && Math.abs(y) < FAR) {
            b[0] = Math.min(b[0], x);
            b[1] = Math.max(b[1], x);
            b[2] = Math.min(b[2], y);
            b[3] = Math.max(b[3], y);
        }
    }

    private static double area(double[] b) {
        return (b[1] - b[0]) * (b[3] - b[2]);
    }
}
