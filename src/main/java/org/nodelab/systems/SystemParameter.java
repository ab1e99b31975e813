package org.nodelab.systems;

/**
 * One named constant of a dynamical system, as the UI shows it next to a slider and the CLI lists it.
 *
 * @param name         the symbol used in the equations, e.g. {@code "gamma"}
 * @param defaultValue the value in force when nobody overrides it
 * @param meaning      one line saying what the constant does to the dynamics
 */
public record SystemParameter(String name, double defaultValue, String meaning) {

    public SystemParameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        if (!Double.isFinite(defaultValue)) {
            throw new IllegalArgumentException("parameter '" + name + "' needs a finite default, not " + defaultValue);
        }
    }
}
