package org.nodelab.systems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits typed text into equations and reads each left-hand side. The right-hand sides go to
 * {@link ExpressionChecker}; nothing here evaluates anything.
 */
final class EquationParser {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    /** x' (with the typewriter apostrophe or the typographic primes that word processors substitute). */
    private static final Pattern PRIMED = Pattern.compile(NAME + "\\s*['\u2032\u2019]");
    private static final Pattern LEIBNIZ = Pattern.compile("d\\s*" + NAME + "\\s*/\\s*d\\s*t");
    private static final Pattern BARE_NAME = Pattern.compile(NAME);
    private static final Pattern SECOND_DERIVATIVE = Pattern.compile(".*['\u2032\u2019]\\s*['\u2032\u2019]");

    private EquationParser() {
    }

    static TypedSystem parse(String input) {
        if (input == null || input.isBlank()) {
            throw new EquationException("no equations; type one per line or separate them with ';', as in "
                    + "x' = y; y' = -x");
        }
        List<Equation> equations = new ArrayList<>();
        Map<String, Integer> definedIn = new HashMap<>();
        int segmentStart = 0;
        for (int i = 0; i <= input.length(); i++) {
            if (i == input.length() || input.charAt(i) == ';' || input.charAt(i) == '\n' || input.charAt(i) == '\r') {
                Equation equation = readEquation(input, segmentStart, i, equations.size() + 1);
                if (equation != null) {
                    Integer earlier = definedIn.putIfAbsent(equation.variable(), equation.number());
                    if (earlier != null) {
                        throw equation.error(0, "a second equation for " + equation.variable()
                                + "' (equation " + earlier + " already defines it)");
                    }
                    equations.add(equation);
                }
                segmentStart = i + 1;
            }
        }
        if (equations.isEmpty()) {
            throw new EquationException("no equations; type one per line or separate them with ';'");
        }

        Map<String, int[]> parameterFirstUse = new LinkedHashMap<>();
        for (Equation equation : equations) {
            for (Map.Entry<String, Integer> use : ExpressionChecker.check(equation).entrySet()) {
                String name = use.getKey();
                if (!definedIn.containsKey(name) && !name.equals(ExpressionChecker.TIME)) {
                    parameterFirstUse.putIfAbsent(name, new int[] {equation.number(), use.getValue()});
                }
            }
        }
        TypedSystem system = new TypedSystem(equations, parameterFirstUse);
        // Build once now so that anything exp4j still rejects is reported while parsing, not at first use.
        system.buildExpressions();
        return system;
    }

    /** The equation in input[from, to), or null when that stretch is blank. */
    private static Equation readEquation(String input, int from, int to, int number) {
        while (from < to && Character.isWhitespace(input.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(input.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        String text = input.substring(from, to);
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw Equation.at(number, text, from, 0, "no '=' here; write each equation as NAME' = expression");
        }
        int second = text.indexOf('=', equals + 1);
        if (second >= 0) {
            throw Equation.at(number, text, from, second, "a second '='; put each equation on its own line "
                    + "or separate them with ';'");
        }
        String variable = readLeftHandSide(text.substring(0, equals).trim(), number, text, from);
        int rhsStart = equals + 1;
        while (rhsStart < text.length() && Character.isWhitespace(text.charAt(rhsStart))) {
            rhsStart++;
        }
        String rhs = text.substring(rhsStart).trim();
        if (rhs.isEmpty()) {
            throw Equation.at(number, text, from, equals, "nothing after '='; give " + variable + "' an expression");
        }
        return new Equation(number, text, from, variable, rhs, rhsStart);
    }

    private static String readLeftHandSide(String lhs, int number, String text, int offset) {
        if (lhs.isEmpty()) {
            throw Equation.at(number, text, offset, 0, "nothing before '='; write NAME' = expression");
        }
        Matcher primed = PRIMED.matcher(lhs);
        Matcher leibniz = LEIBNIZ.matcher(lhs);
        String name;
        if (primed.matches()) {
            name = primed.group(1);
        } else if (leibniz.matches()) {
            name = leibniz.group(1);
        } else if (BARE_NAME.matcher(lhs).matches()) {
            throw Equation.at(number, text, offset, 0, "the left-hand side '" + lhs + "' has no prime; write "
                    + lhs + "' = ... or d" + lhs + "/dt = ...");
        } else if (SECOND_DERIVATIVE.matcher(lhs).matches()) {
            throw Equation.at(number, text, offset, 0, "'" + lhs + "' is a higher derivative; write it as first-order "
                    + "equations, e.g. x' = v; v' = ...");
        } else {
            throw Equation.at(number, text, offset, 0, "cannot read the left-hand side '" + lhs
                    + "'; write NAME' = expression or dNAME/dt = expression");
        }
        String reason = reservedReason(name);
        if (reason != null) {
            throw Equation.at(number, text, offset, 0, "'" + name + "' " + reason + ", so it cannot be a state variable");
        }
        return name;
    }

    /** Why a name cannot be a variable of the user's own, or null when it can. */
    static String reservedReason(String name) {
        if (name.equals(ExpressionChecker.TIME)) {
            return "is time";
        }
        if (ExpressionChecker.CONSTANTS.containsKey(name)) {
            return "is a constant";
        }
        if (ExpressionChecker.FUNCTIONS.containsKey(name)) {
            return "is a function";
        }
        return null;
    }
}
