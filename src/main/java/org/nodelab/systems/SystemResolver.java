package org.nodelab.systems;

import java.util.Map;

/**
 * The one place where the CLI and the UI turn what a user wrote into a system: a built-in id such as
 * {@code lorenz}, or typed equations such as {@code x' = y; y' = -x - g*y}.
 */
public final class SystemResolver {

    private SystemResolver() {
    }

    /**
     * @param specification a built-in id (any case) or typed equations
     * @param parameters    overrides for a built-in (the rest take defaults), or every value a typed system needs
     * @throws EquationException        for typed equations that cannot be read or values that do not fit them
     * @throws IllegalArgumentException for an unknown id or an unknown built-in parameter, listing the valid ones
     */
    public static ResolvedSystem resolve(String specification, Map<String, Double> parameters) {
        if (specification == null || specification.isBlank()) {
            throw new IllegalArgumentException("no system given; choose one of " + String.join(", ",
                    BuiltInSystems.ids()) + ", or type equations such as x' = y; y' = -x");
        }
        var builtIn = BuiltInSystems.find(specification);
        if (builtIn.isPresent()) {
            DynamicalSystem system = builtIn.get();
            Map<String, Double> inForce = system.resolveParameters(parameters);
            return new ResolvedSystem(system.id(), system.displayName(), system.description(), system.equations(),
                    system.variableNames(), inForce, system.createField(inForce), system.defaultInitialState());
        }
        if (!TypedSystem.looksLikeEquations(specification) && specification.trim().matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("unknown system '" + specification.trim() + "'; choose one of "
                    + String.join(", ", BuiltInSystems.ids()) + ", or type equations such as x' = y; y' = -x");
        }
        TypedSystem typed = TypedSystem.parse(specification);
        Map<String, Double> inForce = typed.resolveParameters(parameters);
        return new ResolvedSystem(ResolvedSystem.TYPED_ID, "Typed system",
                "Equations typed by hand: " + typed.equations(), typed.equations(), typed.variableNames(), inForce,
                typed.createField(inForce), typed.defaultInitialState());
    }
}
