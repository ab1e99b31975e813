package org.nodelab.session;

/**
 * The vector field on a plane through the state space, for arrows in the state-space view. The plane spans two
 * state components (the projection); every other component is held at the tracked points' mean at that time,
 * so the slice passes through the cloud the trajectories are in.
 *
 * @param times  the times the field was evaluated at
 * @param dx     {@code dx[k][r * resolution + c]}: the x-component of the field at time k, grid cell (r, c)
 * @param dy     likewise for the y-component
 */
public record FieldSlice(Projection projection, double[] times, int resolution, double xMin, double xMax,
                         double yMin, double yMax, double[][] dx, double[][] dy) {

    /** The index of the evaluated time nearest to {@code t}. */
    public int nearest(double t) {
        int best = 0;
        for (int k = 1; k < times.length; k++) {
            if (Math.abs(times[k] - t) < Math.abs(times[best] - t)) {
                best = k;
            }
        }
        return best;
    }
}
