package org.nodelab.train.data;

/**
 * The physics and timing of the damped-oscillator task, x'' + 2ζω x' + ω² x = 0.
 *
 * @param dampingRatio          ζ ≥ 0 (under-damped below 1, critical at 1, over-damped above)
 * @param angularFrequency      ω > 0, the undamped angular frequency
 * @param trainHorizon          T_train: train rows observe (0, T_train]
 * @param extrapolationHorizon  T > T_train: test rows observe (0, T], so the model must extrapolate
 * @param observationInterval   Δt between observations; both horizons must be whole multiples of it
 */
public record OscillatorParameters(double dampingRatio, double angularFrequency, double trainHorizon,
                                   double extrapolationHorizon, double observationInterval) {

    /** More observations per trajectory than this only slow training down without teaching more. */
    public static final int MAXIMUM_OBSERVATIONS = 100_000;

    public OscillatorParameters {
        if (!(dampingRatio >= 0) || !Double.isFinite(dampingRatio)) {
            throw new IllegalArgumentException("the damping ratio must be finite and ≥ 0, not " + dampingRatio);
        }
        if (!(angularFrequency > 0) || !Double.isFinite(angularFrequency)) {
            throw new IllegalArgumentException("the angular frequency must be finite and > 0, not " + angularFrequency);
        }
        if (!(observationInterval > 0) || !(trainHorizon >= observationInterval)
                || !(extrapolationHorizon > trainHorizon) || !Double.isFinite(extrapolationHorizon)) {
            throw new IllegalArgumentException("need 0 < Δt ≤ T_train < T (finite); got Δt = " + observationInterval
                    + ", T_train = " + trainHorizon + ", T = " + extrapolationHorizon);
        }
        requireMultiple(trainHorizon, observationInterval, "training horizon");
        requireMultiple(extrapolationHorizon, observationInterval, "extrapolation horizon");
        if (extrapolationHorizon / observationInterval > MAXIMUM_OBSERVATIONS) {
            throw new IllegalArgumentException("at most " + MAXIMUM_OBSERVATIONS + " observations per trajectory; T/Δt = "
                    + extrapolationHorizon / observationInterval);
        }
    }

    private static void requireMultiple(double horizon, double interval, String what) {
        double steps = horizon / interval;
        if (Math.abs(steps - Math.rint(steps)) > 1e-9 * Math.max(1, steps)) {
            throw new IllegalArgumentException("the " + what + " " + horizon + " is not a whole multiple of Δt = "
                    + interval);
        }
    }

    /** ζ = 0.1, ω = 2 (period ≈ 3.1), train on (0, 5], extrapolate to 10, Δt = 0.1. */
    public static OscillatorParameters defaults() {
        return new OscillatorParameters(0.1, 2.0, 5.0, 10.0, 0.1);
    }

    /** Observations within the training horizon. */
    public int trainObservationCount() {
        return (int) Math.rint(trainHorizon / observationInterval);
    }

    /** Observations up to the extrapolation horizon. */
    public int observationCount() {
        return (int) Math.rint(extrapolationHorizon / observationInterval);
    }
}
