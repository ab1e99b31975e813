package org.nodelab.model;

/** What a family's model can be trained to do; the trainer picks the task from the data and checks it here. */
public enum ModelTask {
    /** Points flow to T, the readout gives class logits. */
    CLASSIFICATION,
    /** A start state flows through the observation times, the readout is fitted at each. */
    TIME_SERIES
}
