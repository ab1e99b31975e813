package org.nodelab.train;

/** The regularizers a user can weight by λ, each with one sentence for users. */
public enum RegularizerKind {
    NONE("none", "No regularization: the model is trained on the task loss alone."),
    WEIGHT_DECAY("weight-decay", "Weight decay: penalizes large weights, which keeps the learned field gentle."),
    LOCAL_ERROR("local", "Local error regularization (Pal et al. 2023): penalizes the solver's error estimate of "
            + "one step at a random time, so the learned dynamics become cheap to solve."),
    LOCAL_ERROR_AT_STEPS("local-steps", "Local error regularization sampled where the solver actually stepped: "
            + "the error estimate of a fresh step from one of the forward solve's own step points."),
    LOCAL_STIFFNESS("local-stiffness", "Stiffness regularization: penalizes the stiffness estimate of one step at a "
            + "random time, steering the model away from dynamics that force tiny steps."),
    GLOBAL_ERROR("global-error", "Global error regularization (ERNODE): penalizes the sum of the solver's error "
            + "estimates over every step of the solve."),
    KINETIC_JACOBIAN("kinetic", "Kinetic energy and Jacobian norm (RNODE): penalizes fast and sharply bending "
            + "flows, which straightens trajectories and lowers NFE.");

    private final String id;
    private final String explanation;

    RegularizerKind(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public static RegularizerKind fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(java.util.Locale.ROOT);
        for (RegularizerKind k : values()) {
            if (k.id.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown regularizer '" + id + "'; choose one of "
                + java.util.Arrays.stream(values()).map(RegularizerKind::id)
                        .collect(java.util.stream.Collectors.joining(", ")));
    }
}
