package org.nodelab.systems;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nodelab.ode.VectorField;

/**
 * A named dynamical system as the UI and CLI present it: what it is, its equations as a person reads them,
 * its state variables and parameters in order, a starting point worth looking at, and a factory for the
 * vector field at any parameter values.
 */
public final class DynamicalSystem {

    private final String id;
    private final String displayName;
    private final String description;
    private final String equations;
    private final List<String> variableNames;
    private final List<SystemParameter> parameters;
    private final double[] defaultInitialState;
    private final Function<Map<String, Double>, VectorField> factory;

    /**
     * @param factory builds the field from a map that holds a value for every parameter, so implementations
     *                never have to think about defaults or unknown names
     */
    public DynamicalSystem(String id, String displayName, String description, String equations,
                           List<String> variableNames, List<SystemParameter> parameters,
                           double[] defaultInitialState, Function<Map<String, Double>, VectorField> factory) {
        if (variableNames.size() != defaultInitialState.length) {
            throw new IllegalArgumentException(id + ": " + variableNames.size() + " variables but an initial state of "
                    + defaultInitialState.length + " numbers");
        }
        this.id = id;
        this.displayName = displayName;
        this.description = description;
        this.equations = equations;
        this.variableNames = List.copyOf(variableNames);
        this.parameters = List.copyOf(parameters);
        this.defaultInitialState = defaultInitialState.clone();
        this.factory = factory;
    }

    /** The short lower-case name used on the command line, e.g. {@code "vanderpol"}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** One line for a tooltip or {@code --list}. */
    public String description() {
        return description;
    }

    /** The equations as a person would write them, separated by "; ". */
    public String equations() {
        return equations;
    }

    public List<String> variableNames() {
        return variableNames;
    }

    public List<SystemParameter> parameters() {
        return parameters;
    }

    public int dimension() {
        return variableNames.size();
    }

    /** A fresh copy, so callers may edit it. */
    public double[] defaultInitialState() {
        return defaultInitialState.clone();
    }

    /** Every parameter at its default, in declaration order. */
    public Map<String, Double> defaultParameters() {
        return resolveParameters(Map.of());
    }

    /**
     * The values in force after applying {@code overrides} to the defaults, in declaration order.
     *
     * @throws IllegalArgumentException naming an override that is not a parameter of this system, or one that is
     *                                  not a finite number
     */
    public Map<String, Double> resolveParameters(Map<String, Double> overrides) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (SystemParameter p : parameters) {
            values.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, Double> override : overrides.entrySet()) {
            String name = override.getKey();
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException(unknownParameterMessage(name));
            }
            Double value = override.getValue();
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException(id + ": parameter '" + name + "' must be a finite number, not "
                        + value);
            }
            values.put(name, value);
        }
        return Collections.unmodifiableMap(values);
    }

    /** A new vector field; parameters missing from {@code overrides} take their defaults. */
    public VectorField createField(Map<String, Double> overrides) {
        return factory.apply(resolveParameters(overrides));
    }

    public VectorField createField() {
        return createField(Map.of());
    }

    private String unknownParameterMessage(String name) {
        if (parameters.isEmpty()) {
            return id + " has no parameters, so '" + name + "' cannot be set";
        }
        return id + " has no parameter '" + name + "'; its parameters are "
                + parameters.stream().map(SystemParameter::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id + " (" + displayName + "): " + equations + " " + Arrays.toString(defaultInitialState);
    }
}
