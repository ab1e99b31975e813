package org.nodelab.model;

/** The parts of a {@link ModelConfig} that fix a built model (the knobs aside); see {@link ModelFamily#settings}. */
public enum ModelSetting {
    WIDTH,
    DEPTH,
    ACTIVATION,
    AUGMENT,
    LEARN_DAMPING,
    LEARN_INITIAL_VELOCITY,
    SEED
}
