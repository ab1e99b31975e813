package org.nodelab.model;

/** The neural ODE families the lab trains, each with a one-line explanation written for users. */
public enum ModelFamily {
    NODE("node", "Neural ODE: the state flows along a learned vector field h' = f(h, t)."),
    ANODE("anode", "Augmented neural ODE: extra zero dimensions give trajectories room to pass each other."),
    HBNODE("hbnode", "Heavy-ball neural ODE: the learned field pushes a momentum, damped by gamma, which moves the state."),
    GHBNODE("ghbnode", "Generalized heavy ball: momentum through tanh and a restoring force xi*h keep it from running away."),
    SONODE("sonode", "Second-order neural ODE: the network sets the acceleration from position and velocity."),
    ANTISYMMETRIC("antisymmetric", "Haber-Ruthotto stable network: an antisymmetric weight matrix keeps the flow from blowing up."),
    HAMILTONIAN("hamiltonian", "Haber-Ruthotto Hamiltonian network: two coupled halves stepped with leapfrog, which preserves volume.");

    private final String id;
    private final String explanation;

    ModelFamily(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String explanation() {
        return explanation;
    }

    public static ModelFamily fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(java.util.Locale.ROOT);
        for (ModelFamily f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown model family '" + id + "'; choose one of "
                + java.util.Arrays.stream(values()).map(ModelFamily::id)
                        .collect(java.util.stream.Collectors.joining(", ")));
    }
}
