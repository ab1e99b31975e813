package org.nodelab.ode;

/**
 * Which norm the adjoint's backward solve controls its error with, over the augmented state z = [y, a, g]
 * (state, adjoint state, parameter gradient). Each part is an RMS of err / (atol + rtol · max(|z0|, |z1|)), the
 * same scaled error as a forward solve; the choices differ in how the parts combine. This is where NFE-B is
 * defined (science.md §2).
 */
public enum AdjointNorm {
    /** One RMS over all 2n + P numbers: when P ≫ n the parameter part dominates the count and dilutes control. */
    FLAT,
    /**
     * torchdiffeq's default for {@code odeint_adjoint}: the largest of the RMS of y, of a and of each parameter
     * tensor on its own (so every tensor is controlled as strictly as the state).
     */
    MIXED,
    /**
     * The seminorm of Kidger, Chen and Lyons (ICML 2021), torchdiffeq's {@code adjoint_options=dict(norm=
     * "seminorm")}: the larger of the RMS of y and of a; the parameter gradient g is integrated but left out of
     * the error control, since nothing downstream of it feeds back into the solve.
     */
    SEMINORM
}
