package org.nodelab.ode;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The solvers a user can pick, by the names torchdiffeq uses. */
public enum Method {
    EULER("euler", ButcherTableaus.EULER, "explicit Euler, first order, fixed step"),
    MIDPOINT("midpoint", ButcherTableaus.MIDPOINT, "explicit midpoint, second order, fixed step"),
    RK4("rk4", ButcherTableaus.RK4, "classic Runge–Kutta, fourth order, fixed step"),
    BOSH3("bosh3", ButcherTableaus.BOSH3, "Bogacki–Shampine 3(2), adaptive"),
    DOPRI5("dopri5", ButcherTableaus.DOPRI5, "Dormand–Prince 5(4), adaptive (the default)"),
    TSIT5("tsit5", ButcherTableaus.TSIT5, "Tsitouras 5(4), adaptive"),
    VERLET("verlet", null, "velocity Verlet (leapfrog), symplectic, second order, fixed step; split systems only");

    private final String id;
    private final ButcherTableau tableau;
    private final String description;

    Method(String id, ButcherTableau tableau, String description) {
        this.id = id;
        this.tableau = tableau;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The Runge–Kutta tableau, or null for Verlet, which is not a Runge–Kutta method in this form. */
    public ButcherTableau tableau() {
        return tableau;
    }

    public boolean isAdaptive() {
        return tableau != null && tableau.isEmbedded();
    }

    /** Order of accuracy of the propagated solution. */
    public int order() {
        return tableau == null ? 2 : tableau.order();
    }

    public static Method fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.id.equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown solver '" + id + "'; choose one of "
                + Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", ")));
    }
}
