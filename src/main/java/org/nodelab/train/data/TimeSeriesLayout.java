package org.nodelab.train.data;

/**
 * How a time-series dataset's targets line up with time. Each sample's features are the state at time 0; its
 * targets are observations at {@link #times()}, flattened time-major: target index = j · valuesPerObservation + v
 * for observation time j and observed value v.
 *
 * <p>Train rows hold the first {@link #trainObservationCount()} times (those within the training horizon); test
 * rows hold all of them, up to the extrapolation horizon, so the test error measures how well learned dynamics
 * carry past the data they were fitted on. A trainer integrates from 0 to each observation time and compares.
 */
public final class TimeSeriesLayout {

    private final double[] times;
    private final int trainObservationCount;
    private final int valuesPerObservation;
    private final double trainHorizon;

    /**
     * @param times                 strictly increasing positive observation times, the last one the extrapolation horizon
     * @param trainHorizon          times ≤ this belong to training
     * @param valuesPerObservation  values observed at each time (1 for the oscillator's position)
     */
    public TimeSeriesLayout(double[] times, double trainHorizon, int valuesPerObservation) {
        if (times == null || times.length == 0) {
            throw new IllegalArgumentException("at least one observation time is required");
        }
        if (valuesPerObservation < 1) {
            throw new IllegalArgumentException("at least one value per observation is required");
        }
        double previous = 0;
        int withinTraining = 0;
        for (int j = 0; j < times.length; j++) {
            if (!(times[j] > previous) || !Double.isFinite(times[j])) {
                throw new IllegalArgumentException("observation times must be finite, positive and strictly increasing;"
                        + " time " + j + " is " + times[j] + " after " + previous);
            }
            previous = times[j];
            if (times[j] <= trainHorizon) {
                withinTraining++;
            }
        }
        if (withinTraining == 0) {
            throw new IllegalArgumentException("no observation time lies within the training horizon " + trainHorizon);
        }
        this.times = times.clone();
        this.trainHorizon = trainHorizon;
        this.trainObservationCount = withinTraining;
        this.valuesPerObservation = valuesPerObservation;
    }

    /** A copy of all observation times, training ones first (they are increasing). */
    public double[] times() {
        return times.clone();
    }

    /** A copy of the observation times that train rows cover. */
    public double[] trainTimes() {
        return java.util.Arrays.copyOf(times, trainObservationCount);
    }

    public int observationCount() {
        return times.length;
    }

    public int trainObservationCount() {
        return trainObservationCount;
    }

    public int valuesPerObservation() {
        return valuesPerObservation;
    }

    public double trainHorizon() {
        return trainHorizon;
    }

    /** The last observation time, which test rows reach. */
    public double extrapolationHorizon() {
        return times[times.length - 1];
    }

    /** Targets per train row. */
    public int trainTargetDimension() {
        return trainObservationCount * valuesPerObservation;
    }

    /** Targets per test row. */
    public int testTargetDimension() {
        return times.length * valuesPerObservation;
    }
}
