package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.VectorField;

/**
 * The restricted three-body problem in the rotating frame (Hairer, Nørsett and Wanner I, II.0), state
 * (x, y, vx, vy): a light body moving under an earth of mass 1 − μ at (−μ, 0) and a moon of mass μ at
 * (1 − μ, 0). With μ = 0.012277471 and {@link #orbitStart()} the Arenstorf orbit closes after
 * {@link #ORBIT_PERIOD}, a classic test of step-size control because it swings close to the earth.
 */
public final class ArenstorfField implements VectorField, AnalyticJacobian {

    /** The moon's mass fraction of Arenstorf's orbit. */
    public static final double ORBIT_MU = 0.012277471;

    /** Private because arrays are mutable; callers get copies from {@link #orbitStart()}. */
    private static final double[] ORBIT_START = {0.994, 0, 0, -2.00158510637908252240537862224};

    /** Time for the orbit to close. */
    public static final double ORBIT_PERIOD = 17.0652165601579625588917206249;

    private final double mu;
    private final double earth;

    public ArenstorfField(double mu) {
        this.mu = mu;
        this.earth = 1 - mu;
    }

    /** A copy of the start of the periodic orbit (x, y, vx, vy). */
    public static double[] orbitStart() {
        return ORBIT_START.clone();
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 4) {
            double x = y[row];
            double v = y[row + 1];
            double vx = y[row + 2];
            double vy = y[row + 3];
            double toEarthX = x + mu;
            double toMoonX = x - earth;
            double earthCube = cube(Math.sqrt(toEarthX * toEarthX + v * v));
            double moonCube = cube(Math.sqrt(toMoonX * toMoonX + v * v));
            dydt[row] = vx;
            dydt[row + 1] = vy;
            dydt[row + 2] = x + 2 * vy - earth * toEarthX / earthCube - mu * toMoonX / moonCube;
            dydt[row + 3] = v - 2 * vx - earth * v / earthCube - mu * v / moonCube;
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        double x = point[0];
        double v = point[1];
        double toEarthX = x + mu;
        double toMoonX = x - earth;
        double earthSquared = toEarthX * toEarthX + v * v;
        double moonSquared = toMoonX * toMoonX + v * v;
        double earthCube = earthSquared * Math.sqrt(earthSquared);
        double moonCube = moonSquared * Math.sqrt(moonSquared);
        double earthFifth = earthCube * earthSquared;
        double moonFifth = moonCube * moonSquared;
        // Gravity is the gradient of a potential, so the position block is symmetric.
        double axx = 1 - earth * (1 / earthCube - 3 * toEarthX * toEarthX / earthFifth)
                - mu * (1 / moonCube - 3 * toMoonX * toMoonX / moonFifth);
        double axy = 3 * earth * toEarthX * v / earthFifth + 3 * mu * toMoonX * v / moonFifth;
        double ayy = 1 - earth * (1 / earthCube - 3 * v * v / earthFifth)
                - mu * (1 / moonCube - 3 * v * v / moonFifth);
        java.util.Arrays.fill(jacobian, 0, 16, 0.0);
        jacobian[2] = 1;
        jacobian[4 + 3] = 1;
        jacobian[8] = axx;
        jacobian[8 + 1] = axy;
        jacobian[8 + 3] = 2;
        jacobian[12] = axy;
        jacobian[12 + 1] = ayy;
        jacobian[12 + 2] = -2;
    }

    private static double cube(double r) {
        return r * r * r;
    }
}
