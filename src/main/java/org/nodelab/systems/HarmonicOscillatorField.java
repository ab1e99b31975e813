package org.nodelab.systems;

import org.nodelab.ode.AnalyticJacobian;
import org.nodelab.ode.SeparableVectorField;

/**
 * The harmonic oscillator q' = p, p' = −ω² q, written as a split system so the Verlet solver accepts it:
 * the reference case for energy that stays bounded instead of drifting.
 */
public final class HarmonicOscillatorField implements SeparableVectorField, AnalyticJacobian {

    private final double omegaSquared;

    public HarmonicOscillatorField(double omega) {
        this.omegaSquared = omega * omega;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void positionRate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 2) {
            dydt[row] = y[row + 1];
        }
    }

    @Override
    public void momentumRate(double t, double[] y, double[] dydt) {
        for (int row = 0; row < y.length; row += 2) {
            dydt[row + 1] = -omegaSquared * y[row];
        }
    }

    @Override
    public void jacobian(double t, double[] point, double[] jacobian) {
        jacobian[0] = 0;
        jacobian[1] = 1;
        jacobian[2] = -omegaSquared;
        jacobian[3] = 0;
    }
}
