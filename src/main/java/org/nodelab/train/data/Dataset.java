package org.nodelab.train.data;

import java.util.Optional;

/**
 * A named learning task with a train part and a test part. Immutable: the parts are immutable and the
 * time-series layout copies its arrays.
 *
 * <p>Shapes: both parts share the feature dimension. Classification parts carry labels in 0..classCount-1;
 * regression parts carry the same number of targets in both parts; time-series parts follow
 * {@link #timeSeriesLayout()} (test rows are longer, since they reach the extrapolation horizon).
 */
public final class Dataset {

    private final String name;
    private final String description;
    private final TaskKind kind;
    private final int classCount;
    private final DataPart train;
    private final DataPart test;
    private final TimeSeriesLayout layout;

    private Dataset(String name, String description, TaskKind kind, int classCount, DataPart train, DataPart test,
                    TimeSeriesLayout layout) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a dataset needs a name");
        }
        if (train == null || test == null) {
            throw new IllegalArgumentException("a dataset needs a train part and a test part (which may be empty)");
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("the train part of '" + name + "' is empty");
        }
        if (train.featureDimension() != test.featureDimension()) {
            throw new IllegalArgumentException("train rows have " + train.featureDimension() + " features but test rows "
                    + test.featureDimension());
        }
        this.name = name;
        this.description = description == null ? "" : description;
        this.kind = kind;
        this.classCount = classCount;
        this.train = train;
        this.test = test;
        this.layout = layout;
    }

    /** A classification dataset; every label in either part must be below {@code classCount}. */
    public static Dataset classification(String name, String description, int classCount, DataPart train,
                                         DataPart test) {
        if (classCount < 2) {
            throw new IllegalArgumentException("classification needs at least 2 classes, not " + classCount);
        }
        for (DataPart part : new DataPart[] {train, test}) {
            if (part == null || !part.isLabeled()) {
                throw new IllegalArgumentException("classification parts must carry labels");
            }
            for (int label : part.labels()) {
                if (label >= classCount) {
                    throw new IllegalArgumentException("label " + label + " is not below the class count " + classCount);
                }
            }
        }
        return new Dataset(name, description, TaskKind.CLASSIFICATION, classCount, train, test, null);
    }

    /** A regression dataset; both parts have the same number of targets per row. */
    public static Dataset regression(String name, String description, DataPart train, DataPart test) {
        requireTargets(train, test);
        if (train.targetDimension() != test.targetDimension()) {
            throw new IllegalArgumentException("train rows have " + train.targetDimension() + " targets but test rows "
                    + test.targetDimension());
        }
        return new Dataset(name, description, TaskKind.REGRESSION, 0, train, test, null);
    }

    /** A time-series dataset whose target widths follow {@code layout}. */
    public static Dataset timeSeries(String name, String description, DataPart train, DataPart test,
                                     TimeSeriesLayout layout) {
        requireTargets(train, test);
        if (layout == null) {
            throw new IllegalArgumentException("a time-series dataset needs its observation layout");
        }
        if (train.targetDimension() != layout.trainTargetDimension()
                || test.targetDimension() != layout.testTargetDimension()) {
            throw new IllegalArgumentException("target widths (train " + train.targetDimension() + ", test "
                    + test.targetDimension() + ") do not match the layout (train " + layout.trainTargetDimension()
                    + ", test " + layout.testTargetDimension() + ")");
        }
        return new Dataset(name, description, TaskKind.TIME_SERIES, 0, train, test, layout);
    }

    private static void requireTargets(DataPart train, DataPart test) {
        if (train == null || test == null || train.isLabeled() || test.isLabeled()) {
            throw new IllegalArgumentException("regression and time-series parts must carry real-valued targets");
        }
    }

    public String name() {
        return name;
    }

    /** A short sentence for users: what the points are and why the task is interesting. */
    public String description() {
        return description;
    }

    public TaskKind kind() {
        return kind;
    }

    public int featureDimension() {
        return train.featureDimension();
    }

    /** Number of classes for classification, 0 otherwise. */
    public int classCount() {
        return classCount;
    }

    /** Targets per train row (0 for classification); for time series the test rows are longer. */
    public int targetDimension() {
        return train.targetDimension();
    }

    public DataPart train() {
        return train;
    }

    public DataPart test() {
        return test;
    }

    /** Present exactly for {@link TaskKind#TIME_SERIES}. */
    public Optional<TimeSeriesLayout> timeSeriesLayout() {
        return Optional.ofNullable(layout);
    }

    /** The same task with other parts (same kind, classes and layout), e.g. after standardization. */
    Dataset withParts(DataPart newTrain, DataPart newTest) {
        return switch (kind) {
            case CLASSIFICATION -> classification(name, description, classCount, newTrain, newTest);
            case REGRESSION -> regression(name, description, newTrain, newTest);
            case TIME_SERIES -> timeSeries(name, description, newTrain, newTest, layout);
        };
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + kind + ", train " + train.size() + ", test " + test.size() + ", "
                + featureDimension() + " features" + (kind == TaskKind.CLASSIFICATION ? ", " + classCount + " classes" : "")
                + "]";
    }
}
