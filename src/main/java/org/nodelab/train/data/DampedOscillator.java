package org.nodelab.train.data;

import java.util.Random;

/**
 * The time-series task: trajectories of the damped oscillator x'' + 2ζω x' + ω² x = 0 from random initial states.
 * Each sample's features are its initial state (x0, v0), drawn uniformly from [-1, 1]²; its targets are the
 * positions observed at t = Δt, 2Δt, ... with Gaussian observation noise (the features stay exact, since a
 * trainer starts its integration from them). Train rows stop at the training horizon, test rows run on to the
 * extrapolation horizon (see {@link TimeSeriesLayout}), so the test error shows whether the learned vector field
 * captured the dynamics or merely memorized the observed stretch.
 *
 * <p>Targets come from the exact closed-form solution {@link #position}, not from a numerical solver, so the
 * data carry no integration error of their own.
 */
public final class DampedOscillator {

    public static final String ID = "oscillator";
    public static final String DESCRIPTION =
            "Damped oscillator trajectories (time series): learn x'' = -2ζωx' - ω²x, then extrapolate past the data.";

    private DampedOscillator() {
    }

    public static GeneratorSettings defaults() {
        return GeneratorSettings.of(200, 0.01, 1L);
    }

    /** With the default physics and timing of {@link OscillatorParameters#defaults()}. */
    public static Dataset generate(GeneratorSettings settings) {
        return generate(settings, OscillatorParameters.defaults());
    }

    public static Dataset generate(GeneratorSettings settings, OscillatorParameters parameters) {
        int observations = parameters.observationCount();
        int trainObservations = parameters.trainObservationCount();
        double[] times = new double[observations];
        for (int j = 0; j < observations; j++) {
            times[j] = (j + 1) * parameters.observationInterval();
        }
        // Pin the horizons exactly so that j·Δt rounding cannot move an observation across the training horizon.
        times[trainObservations - 1] = parameters.trainHorizon();
        times[observations - 1] = parameters.extrapolationHorizon();
        TimeSeriesLayout layout = new TimeSeriesLayout(times, parameters.trainHorizon(), 1);

        Random random = new Random(settings.seed());
        int total = settings.points();
        int testCount = Math.min(total - 1, (int) Math.round(total * settings.testFraction()));
        int trainCount = total - testCount;
        double[] trainFeatures = new double[trainCount * 2];
        double[] trainTargets = new double[trainCount * trainObservations];
        double[] testFeatures = new double[testCount * 2];
        double[] testTargets = new double[testCount * observations];
        for (int sample = 0; sample < total; sample++) {
            boolean isTest = sample >= trainCount;
            int row = isTest ? sample - trainCount : sample;
            double x0 = 2 * random.nextDouble() - 1;
            double v0 = 2 * random.nextDouble() - 1;
            double[] features = isTest ? testFeatures : trainFeatures;
            features[2 * row] = x0;
            features[2 * row + 1] = v0;
            int width = isTest ? observations : trainObservations;
            double[] targets = isTest ? testTargets : trainTargets;
            for (int j = 0; j < width; j++) {
                targets[row * width + j] = position(x0, v0, times[j], parameters.dampingRatio(),
                        parameters.angularFrequency()) + settings.noise() * random.nextGaussian();
            }
        }
        String description = DESCRIPTION + String.format(" ζ = %s, ω = %s, train to t = %s, test to t = %s.",
                parameters.dampingRatio(), parameters.angularFrequency(), parameters.trainHorizon(),
                parameters.extrapolationHorizon());
        return Dataset.timeSeries(ID, description, DataPart.withTargets(2, trainFeatures, trainObservations, trainTargets),
                DataPart.withTargets(2, testFeatures, observations, testTargets), layout);
    }

    /**
     * The exact position x(t) of x'' + 2ζω x' + ω² x = 0 with x(0) = x0, x'(0) = v0, in every damping regime.
     *
     * <p>Written as x = e^{-ζωt} (x0 C(t) + (v0 + ζω x0) S(t)) with C = cos, S = sin(ω_d t)/ω_d when under-damped
     * (ω_d = ω√(1-ζ²)), C = 1, S = t when critical, and the hyperbolic forms when over-damped. In the over-damped
     * case the exponentials are combined before multiplying (and expm1 keeps S accurate near critical damping),
     * so large t neither overflows cosh nor loses the answer to cancellation.
     */
    public static double position(double x0, double v0, double t, double dampingRatio, double angularFrequency) {
        double decay = dampingRatio * angularFrequency;
        double slope = v0 + decay * x0;
        double squared = angularFrequency * angularFrequency * (1 - dampingRatio * dampingRatio);
        if (squared > 0) {
            double omegaD = Math.sqrt(squared);
            double envelope = Math.exp(-decay * t);
            return envelope * (x0 * Math.cos(omegaD * t) + slope * Math.sin(omegaD * t) / omegaD);
        }
        if (squared == 0) {
            return Math.exp(-decay * t) * (x0 + slope * t);
        }
        double s = Math.sqrt(-squared);
        double slow = Math.exp((s - decay) * t);          // e^{-ζωt} e^{st}, s < ζω so this decays
        double fast = Math.exp(-(s + decay) * t);         // e^{-ζωt} e^{-st}
        double cosh = 0.5 * (slow + fast);
        double sinhOverS = slow * (-Math.expm1(-2 * s * t)) / (2 * s);
        return x0 * cosh + slope * sinhOverS;
    }
}
