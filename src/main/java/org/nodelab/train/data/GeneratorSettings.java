package org.nodelab.train.data;

/**
 * The knobs every synthetic generator shares. The same settings always give the same data: generators draw only
 * from a {@link java.util.Random} seeded with {@link #seed()}, whose algorithm (unlike that of newer generators)
 * is fixed by the Java specification, so a saved experiment reproduces on any JVM.
 *
 * @param points        total samples (train plus test); for classification split evenly between the classes
 * @param noise         standard deviation of the Gaussian noise (on coordinates, or on observations for time series)
 * @param testFraction  share of the samples held out for testing, in [0, 0.9]
 * @param seed          seed of the random generator
 */
public record GeneratorSettings(int points, double noise, double testFraction, long seed) {

    /** Held out by default: a common choice that still leaves most points to train on. */
    public static final double DEFAULT_TEST_FRACTION = 0.2;

    /** Above this a generated set no longer helps a desktop demo and only costs memory. */
    public static final int MAXIMUM_POINTS = 5_000_000;

    public GeneratorSettings {
        if (points < 4 || points > MAXIMUM_POINTS) {
            throw new IllegalArgumentException("points must be 4.." + MAXIMUM_POINTS + ", not " + points);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and ≥ 0, not " + noise);
        }
        if (!(testFraction >= 0 && testFraction <= 0.9)) {
            throw new IllegalArgumentException("the test fraction must be in [0, 0.9], not " + testFraction);
        }
    }

    /** Settings with the default test fraction. */
    public static GeneratorSettings of(int points, double noise, long seed) {
        return new GeneratorSettings(points, noise, DEFAULT_TEST_FRACTION, seed);
    }

    public GeneratorSettings withPoints(int newPoints) {
        return new GeneratorSettings(newPoints, noise, testFraction, seed);
    }

    public GeneratorSettings withNoise(double newNoise) {
        return new GeneratorSettings(points, newNoise, testFraction, seed);
    }

    public GeneratorSettings withTestFraction(double newTestFraction) {
        return new GeneratorSettings(points, noise, newTestFraction, seed);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(points, noise, testFraction, newSeed);
    }
}
