package org.nodelab.train.data;

/** What a dataset asks a model to learn; the trainer picks its loss and metrics from this. */
public enum TaskKind {
    /** Integer labels 0..C-1; cross-entropy loss, accuracy. */
    CLASSIFICATION,
    /** Real-valued targets per sample; squared-error loss. */
    REGRESSION,
    /**
     * Real-valued targets that are observations of one trajectory at known times (see {@link TimeSeriesLayout});
     * the test part reaches past the training horizon, so it measures extrapolation.
     */
    TIME_SERIES
}
