package org.nodelab.systems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nodelab.ode.VectorField;

/**
 * A system ready to solve, whether built in or typed: the field at the parameter values in force, and what
 * the UI and CLI show about it.
 *
 * @param id          the built-in id, or {@code "typed"}
 * @param parameters  the values actually in force (defaults plus overrides), in display order
 */
public record ResolvedSystem(String id, String displayName, String description, String equations,
                             List<String> variableNames, Map<String, Double> parameters, VectorField field,
                             double[] defaultInitialState) {

    public static final String TYPED_ID = "typed";

    public ResolvedSystem {
        variableNames = List.copyOf(variableNames);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        defaultInitialState = defaultInitialState.clone();
    }

    public int dimension() {
        return variableNames.size();
    }

    public boolean isTyped() {
        return TYPED_ID.equals(id);
    }

    /** A fresh copy, so callers may edit it. */
    @Override
    public double[] defaultInitialState() {
        return defaultInitialState.clone();
    }
}
