package org.nodelab.model;

/** The views and analyses a family's model supports; plain values, so model stays free of any UI toolkit. */
public enum ModelView {
    LOSS,
    NFE,
    STATE_SPACE,
    EQUILIBRIA,
    SPECTRUM,
    LYAPUNOV
}
