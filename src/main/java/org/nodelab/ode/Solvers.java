package org.nodelab.ode;

import java.util.EnumMap;
import java.util.Map;

/** The table from a {@link Method} to the {@link Solver} that carries it out: the one place a solver is added. */
final class Solvers {

    private static final Map<Method, Solver> TABLE = new EnumMap<>(Method.class);

    static {
        TABLE.put(Method.EULER, new RungeKuttaSolver(ButcherTableaus.EULER));
        TABLE.put(Method.MIDPOINT, new RungeKuttaSolver(ButcherTableaus.MIDPOINT));
        TABLE.put(Method.RK4, new RungeKuttaSolver(ButcherTableaus.RK4));
        TABLE.put(Method.BOSH3, new RungeKuttaSolver(ButcherTableaus.BOSH3));
        TABLE.put(Method.DOPRI5, new RungeKuttaSolver(ButcherTableaus.DOPRI5));
        TABLE.put(Method.TSIT5, new RungeKuttaSolver(ButcherTableaus.TSIT5));
        TABLE.put(Method.VERLET, new VelocityVerlet());
        for (Method method : Method.values()) {
            if (!TABLE.containsKey(method)) {
                throw new ExceptionInInitializerError("no solver for " + method.id());
            }
        }
    }

    private Solvers() {
    }

    static Solver of(Method method) {
        return TABLE.get(method);
    }
}
