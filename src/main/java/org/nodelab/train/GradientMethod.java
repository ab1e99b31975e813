package org.nodelab.train;

/** How the trainer gets parameter gradients through the ODE solve. */
public enum GradientMethod {
    /** The continuous adjoint, integrated backward with its own NFE count (torchdiffeq's NFE-B). */
    ADJOINT,
    /** Reverse mode through the solver's recorded steps: the exact gradient of the discrete solve. */
    BACKPROP;

    public static GradientMethod fromId(String id) {
        String wanted = id == null ? "" : id.trim().toUpperCase(java.util.Locale.ROOT);
        for (GradientMethod m : values()) {
            if (m.name().equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown gradient method '" + id + "'; choose adjoint or backprop");
    }
}
