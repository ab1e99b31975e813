package org.nodelab.train.data;

import java.util.Arrays;
import java.util.List;

/**
 * One observed trajectory: strictly increasing times and, at each, the values of one or more series, stored
 * row-major (rows × valueNames.size()). Immutable.
 */
public final class TimeSeriesTable {

    private final String name;
    private final double[] times;
    private final List<String> valueNames;
    private final double[] values;

    public TimeSeriesTable(String name, double[] times, List<String> valueNames, double[] values) {
        if (times == null || times.length < 2) {
            throw new IllegalArgumentException("a time series needs at least 2 times");
        }
        if (valueNames == null || valueNames.isEmpty()) {
            throw new IllegalArgumentException("a time series needs at least one value column");
        }
        if (values == null || values.length != (long) times.length * valueNames.size()) {
            throw new IllegalArgumentException("expected " + times.length + " × " + valueNames.size() + " values");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("times must increase strictly; time " + i + " is " + times[i]
                        + " after " + times[i - 1]);
            }
        }
        this.name = name;
        this.times = times.clone();
        this.valueNames = List.copyOf(valueNames);
        this.values = values.clone();
    }

    public String name() {
        return name;
    }

    public int size() {
        return times.length;
    }

    /** A copy of the times. */
    public double[] times() {
        return times.clone();
    }

    public List<String> valueNames() {
        return valueNames;
    }

    /** A copy of all values, row-major (size × valueNames().size()). */
    public double[] values() {
        return values.clone();
    }

    public double value(int row, int series) {
        return values[row * valueNames.size() + series];
    }

    /**
     * This trajectory as a one-sample {@link TaskKind#TIME_SERIES} dataset in the same layout as the generated
     * oscillator task: the features are the values at the first time, the targets the values at the later times
     * (measured from the first time). The train row stops at {@code trainHorizon} (relative to the first time);
     * the test row is the whole trajectory, so predicting it tests extrapolation.
     */
    public Dataset toDataset(double trainHorizon) {
        int m = valueNames.size();
        int observations = times.length - 1;
        double[] relative = new double[observations];
        for (int j = 0; j < observations; j++) {
            relative[j] = times[j + 1] - times[0];
        }
        TimeSeriesLayout layout = new TimeSeriesLayout(relative, trainHorizon, m);
        double[] initial = Arrays.copyOf(values, m);
        double[] all = Arrays.copyOfRange(values, m, values.length);
        DataPart train = DataPart.withTargets(m, initial, layout.trainTargetDimension(),
                Arrays.copyOf(all, layout.trainTargetDimension()));
        DataPart test = DataPart.withTargets(m, initial, layout.testTargetDimension(), all);
        String description = "Time series from " + name + ": " + m + " value" + (m == 1 ? "" : "s") + " at "
                + times.length + " times; train to t = " + trainHorizon + ", test to t = " + layout.extrapolationHorizon()
                + " (from the first time).";
        return Dataset.timeSeries(name, description, train, test, layout);
    }
}
