package org.nodelab.ode;

/**
 * Which norm the adjoint's backward solve controls its error with, over the augmented state z = [y, a, g]
 * (state, adjoint state, parameter gradient). Each part is an RMS of err / (atol + rtol · max(|z0|, |z1|)), the
 * same scaled error as a forward solve; the choices differ in how the parts combine. This is where NFE-B is
 * defined (science.md §2).
 */
public enum AdjointNorm {
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
    SEMINORM,
    /** One RMS over all 2n + P numbers: when P ≫ n the parameter part dominates the count and dilutes control. */
    FLAT;

    /** The name on the command line and in files: {@code mixed}, {@code seminorm} or {@code flat}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AdjointNorm fromId(String id) {
        for (AdjointNorm norm : values()) {
            if (norm.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return norm;
            }
        }
        throw new IllegalArgumentException("unknown adjoint norm '" + id + "'; choose mixed (torchdiffeq's default), "
                + "seminorm (leaves the parameter gradient out of the error control) or flat (one RMS over all)");
    }
}
