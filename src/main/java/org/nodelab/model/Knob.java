package org.nodelab.model;

/** The settings a model lets the trainer change live, between iterations, without rebuilding it. */
public enum Knob {
    /** γ of HBNODE and GHBNODE (when learned, setting it rewrites γ_raw = logit(γ) in θ). */
    DAMPING,
    /** ξ ≥ 0 of GHBNODE. */
    XI,
    /** γ of the antisymmetric network's K = ½(W − Wᵀ − γI). */
    GAMMA_SHIFT
}
