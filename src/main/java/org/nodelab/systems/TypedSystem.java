package org.nodelab.systems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.objecthunter.exp4j.Expression;

/**
 * A system typed by a person, such as {@code x' = y; y' = -x - g*y}: equations separated by ';' or new lines,
 * each {@code NAME' = expression} or {@code dNAME/dt = expression}, and lines {@code NAME = value} that set a
 * parameter's value. The state variables are the left-hand names in order; {@code t} is time; {@code pi} (π)
 * and {@code e} are constants; every other name is a parameter that must be given a value, in the text or from
 * outside. Expressions are arithmetic only (exp4j), never code. The same grammar serves the command line and
 * the window; the README documents it.
 */
public final class TypedSystem {

    private final List<Equation> equations;
    private final List<String> variableNames;
    /** Parameter name to {equation number, index inside that equation's text} of its first use. */
    private final Map<String, int[]> parameterFirstUse;
    /** The names each equation reads, so each expression declares only those (declaring all is quadratic). */
    private final List<Set<String>> namesUsed;
    /** Values set in the text by lines such as {@code c = 0.5}; values given from outside override them. */
    private final Map<String, Double> typedValues;

    TypedSystem(List<Equation> equations, List<Set<String>> namesUsed, Map<String, int[]> parameterFirstUse,
                Map<String, Double> typedValues) {
        this.equations = List.copyOf(equations);
        this.variableNames = equations.stream().map(Equation::variable).collect(Collectors.toUnmodifiableList());
        this.namesUsed = List.copyOf(namesUsed);
        this.parameterFirstUse = Collections.unmodifiableMap(new LinkedHashMap<>(parameterFirstUse));
        this.typedValues = Collections.unmodifiableMap(new LinkedHashMap<>(typedValues));
    }

    /**
     * Reads typed equations.
     *
     * @throws EquationException saying what is wrong and in which equation and column
     */
    public static TypedSystem parse(String text) {
        return EquationParser.parse(text);
    }

    /** Whether text is meant as equations rather than a system id: equations always contain '='. */
    public static boolean looksLikeEquations(String text) {
        return text != null && text.indexOf('=') >= 0;
    }

    /** The state variables, in the order of their equations. */
    public List<String> variableNames() {
        return variableNames;
    }

    /** The names that need values, in order of first use. */
    public List<String> parameterNames() {
        return List.copyOf(parameterFirstUse.keySet());
    }

    /** The values the text itself sets ({@code c = 0.5}), in the order they were typed. */
    public Map<String, Double> typedValues() {
        return typedValues;
    }

    public int dimension() {
        return variableNames.size();
    }

    /** The equations as typed, joined by "; ". */
    public String equations() {
        return equations.stream().map(Equation::text).collect(Collectors.joining("; "));
    }

    /** The expression of each equation, in state order. */
    public List<String> rightHandSides() {
        return equations.stream().map(Equation::rightHandSide).collect(Collectors.toUnmodifiableList());
    }

    /** Typed equations carry no natural starting point; all ones at least avoids the origin, often an equilibrium. */
    public double[] defaultInitialState() {
        double[] state = new double[dimension()];
        Arrays.fill(state, 1.0);
        return state;
    }

    /**
     * Checks the given values against the equations and returns them in order of first use.
     *
     * @throws EquationException for a parameter without a value (pointing at its first use), a value for a name
     *                           the equations do not use, a value for a state variable or for t, or a value that
     *                           is not a finite number
     */
    public Map<String, Double> resolveParameters(Map<String, Double> values) {
        // Values given from outside (--param, sliders) override those typed in the text.
        for (Map.Entry<String, Double> given : values.entrySet()) {
            String name = given.getKey();
            int state = variableNames.indexOf(name);
            if (state >= 0) {
                throw new EquationException("'" + name + "' is a state variable (equation "
                        + equations.get(state).number() + " defines " + name
                        + "'), so it cannot also be given a parameter value");
            }
            if (name.equals(ExpressionChecker.TIME)) {
                throw new EquationException("'t' is time, not a parameter, so it cannot be given a value");
            }
            if (!parameterFirstUse.containsKey(name)) {
                throw new EquationException("a value was given for '" + name + "', but no equation uses it; "
                        + (parameterFirstUse.isEmpty() ? "these equations have no parameters"
                        : "their parameters are " + String.join(", ", parameterFirstUse.keySet())));
            }
            Double value = given.getValue();
            if (value == null || !Double.isFinite(value)) {
                throw new EquationException("parameter '" + name + "' must be a finite number, not " + value);
            }
        }
        Map<String, Double> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> parameter : parameterFirstUse.entrySet()) {
            String name = parameter.getKey();
            Double value = values.containsKey(name) ? values.get(name) : typedValues.get(name);
            if (value == null) {
                Equation equation = equationNumbered(parameter.getValue()[0]);
                throw equation.error(parameter.getValue()[1], "parameter '" + name + "' has no value; add a line "
                        + "such as " + name + " = 1 (on the command line --param " + name + "=1 works too)");
            }
            resolved.put(name, value);
        }
        return Collections.unmodifiableMap(resolved);
    }

    /**
     * A new vector field at these parameter values. Each field owns its exp4j expressions, which are not
     * thread-safe: use one field per thread (call this again for another).
     */
    public TypedVectorField createField(Map<String, Double> values) {
        return new TypedVectorField(variableNames, buildExpressions(), resolveParameters(values));
    }

    private Equation equationNumbered(int number) {
        for (Equation equation : equations) {
            if (equation.number() == number) {
                return equation;
            }
        }
        throw new IllegalStateException("no equation " + number);
    }

    /** One exp4j expression per equation, its own names declared, '/' and '%' replaced by total versions. */
    List<Expression> buildExpressions() {
        List<Expression> built = new ArrayList<>();
        for (int i = 0; i < equations.size(); i++) {
            Equation equation = equations.get(i);
            try {
                built.add(equation.expressionBuilder().variables(namesUsed.get(i)).build());
            } catch (RuntimeException e) {
                throw equation.error(equation.rightHandSideStart(), "cannot read the expression: " + e.getMessage());
            }
        }
        return built;
    }

    @Override
    public String toString() {
        return equations();
    }
}
