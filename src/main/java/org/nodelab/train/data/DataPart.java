package org.nodelab.train.data;

import java.util.Arrays;

/**
 * One part (train or test) of a dataset: n rows of k features, stored row-major, with either one integer label
 * per row (classification) or m real targets per row (regression, time series).
 *
 * <p>Immutable: the constructor copies its arrays and every array accessor returns a fresh copy, so a trainer
 * cannot corrupt a dataset that the user interface is also drawing. Per-element accessors avoid the copies in
 * hot loops.
 */
public final class DataPart {

    private final int rows;
    private final int featureDimension;
    private final int targetDimension;
    private final double[] features;
    private final int[] labels;
    private final double[] targets;

    private DataPart(int featureDimension, int targetDimension, double[] features, int[] labels, double[] targets) {
        if (featureDimension < 1) {
            throw new IllegalArgumentException("the feature dimension must be at least 1, not " + featureDimension);
        }
        if (features == null || features.length % featureDimension != 0) {
            throw new IllegalArgumentException("the features must hold whole rows of " + featureDimension + " values");
        }
        this.featureDimension = featureDimension;
        this.rows = features.length / featureDimension;
        this.features = features.clone();
        requireFinite(this.features, "feature");
        if (labels != null) {
            if (labels.length != rows) {
                throw new IllegalArgumentException(rows + " feature rows but " + labels.length + " labels");
            }
            for (int label : labels) {
                if (label < 0) {
                    throw new IllegalArgumentException("labels must be non-negative class indices, not " + label);
                }
            }
            this.labels = labels.clone();
            this.targets = null;
            this.targetDimension = 0;
        } else {
            if (targetDimension < 1 || targets == null || targets.length != (long) rows * targetDimension) {
                throw new IllegalArgumentException("the targets must hold " + rows + " rows of " + targetDimension
                        + " values");
            }
            this.targets = targets.clone();
            requireFinite(this.targets, "target");
            this.labels = null;
            this.targetDimension = targetDimension;
        }
    }

    /** A classification part: {@code features} holds labels.length rows of {@code featureDimension} values. */
    public static DataPart labeled(int featureDimension, double[] features, int[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels are required for a labeled part");
        }
        return new DataPart(featureDimension, 0, features, labels, null);
    }

    /** A regression or time-series part: each row has {@code featureDimension} inputs and {@code targetDimension} targets. */
    public static DataPart withTargets(int featureDimension, double[] features, int targetDimension, double[] targets) {
        if (targets == null) {
            throw new IllegalArgumentException("targets are required for a regression part");
        }
        return new DataPart(featureDimension, targetDimension, features, null, targets);
    }

    private static void requireFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("every " + what + " must be finite; value " + i + " is " + values[i]);
            }
        }
    }

    /** Number of rows (samples). May be zero for an empty test part. */
    public int size() {
        return rows;
    }

    public int featureDimension() {
        return featureDimension;
    }

    /** Targets per row; 0 for a labeled part. */
    public int targetDimension() {
        return targetDimension;
    }

    public boolean isLabeled() {
        return labels != null;
    }

    /** A copy of all features, row-major (size × featureDimension). */
    public double[] features() {
        return features.clone();
    }

    public double feature(int row, int column) {
        checkRow(row);
        if (column < 0 || column >= featureDimension) {
            throw new IndexOutOfBoundsException("column " + column + " of " + featureDimension);
        }
        return features[row * featureDimension + column];
    }

    /** A copy of one row's features. */
    public double[] featureRow(int row) {
        checkRow(row);
        return Arrays.copyOfRange(features, row * featureDimension, (row + 1) * featureDimension);
    }

    /** A copy of the labels; only for a labeled part. */
    public int[] labels() {
        return requireLabels().clone();
    }

    public int label(int row) {
        checkRow(row);
        return requireLabels()[row];
    }

    /** A copy of all targets, row-major (size × targetDimension); only for a part with targets. */
    public double[] targets() {
        return requireTargets().clone();
    }

    public double target(int row, int column) {
        checkRow(row);
        if (column < 0 || column >= targetDimension) {
            throw new IndexOutOfBoundsException("target column " + column + " of " + targetDimension);
        }
        return requireTargets()[row * targetDimension + column];
    }

    /** A copy of one row's targets. */
    public double[] targetRow(int row) {
        checkRow(row);
        return Arrays.copyOfRange(requireTargets(), row * targetDimension, (row + 1) * targetDimension);
    }

    /** The same labels or targets with new features of the same shape (used by {@link Standardization}). */
    DataPart withFeatures(double[] newFeatures) {
        return labels != null
                ? new DataPart(featureDimension, 0, newFeatures, labels, null)
                : new DataPart(featureDimension, targetDimension, newFeatures, null, targets);
    }

    private int[] requireLabels() {
        if (labels == null) {
            throw new IllegalStateException("this part has real-valued targets, not labels");
        }
        return labels;
    }

    private double[] requireTargets() {
        if (targets == null) {
            throw new IllegalStateException("this part has class labels, not real-valued targets");
        }
        return targets;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
    }

    @Override
    public String toString() {
        return "DataPart[" + rows + " × " + featureDimension
                + (labels != null ? ", labeled" : ", " + targetDimension + " targets") + "]";
    }
}
