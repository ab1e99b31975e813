package org.nodelab.systems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * A system typed by a person, such as {@code x' = y; y' = -x - g*y}: equations separated by ';' or new lines,
 * each {@code NAME' = expression} or {@code dNAME/dt = expression}. The state variables are the left-hand
 * names in order; {@code t} is time; {@code pi} and {@code e} are constants; every other name is a parameter
 * that must be given a value. Expressions are arithmetic only (exp4j), never code.
 */
public final class TypedSystem {

    private final List<Equation> equations;
    private final List<String> variableNames;
    /** Parameter name to {equation number, index inside that equation's text} of its first use. */
    private final Map<String, int[]> parameterFirstUse;

    TypedSystem(List<Equation> equations, Map<String, int[]> parameterFirstUse) {
        this.equations = List.copyOf(equations);
        this.variableNames = equations.stream().map(Equation::variable).collect(Collectors.toUnmodifiableList());
        this.parameterFirstUse = Collections.unmodifiableMap(new LinkedHashMap<>(parameterFirstUse));
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
        for (Map.Entry<String, Double> given : values.entrySet()) {
            String name = given.getKey();
            if (variableNames.contains(name)) {
                throw new EquationException("'" + name + "' is a state variable (equation "
                        + (variableNames.indexOf(name) + 1) + " defines " + name
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
            Double value = values.get(name);
            if (value == null) {
                Equation equation = equations.get(parameter.getValue()[0] - 1);
                throw equation.error(parameter.getValue()[1], "parameter '" + name + "' has no value; give it with "
                        + "--param " + name + "=...");
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

    /** One exp4j expression per equation, every name declared, '/' and '%' replaced by total versions. */
    List<Expression> buildExpressions() {
        Set<String> names = new HashSet<>(variableNames);
        names.addAll(parameterFirstUse.keySet());
        names.add(ExpressionChecker.TIME);
        List<Expression> built = new ArrayList<>();
        for (Equation equation : equations) {
            try {
                built.add(new ExpressionBuilder(equation.rightHandSide())
                        .variables(names)
                        .operator(TotalArithmetic.DIVISION, TotalArithmetic.REMAINDER)
                        .build());
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
