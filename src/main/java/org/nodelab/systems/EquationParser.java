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
        if (input.length() > TypedLimits.MAX_CHARACTERS) {
            throw new EquationException("the equations are " + input.length() + " characters long; at most "
                    + TypedLimits.MAX_CHARACTERS + " are accepted");
        }
        List<Equation> equations = new ArrayList<>();
        List<Equation> constants = new ArrayList<>();
        Map<String, Integer> definedIn = new HashMap<>();
        Map<String, Integer> constantIn = new HashMap<>();
        int segmentStart = 0;
        int statements = 0;
        for (int i = 0; i <= input.length(); i++) {
            if (i == input.length() || input.charAt(i) == ';' || input.charAt(i) == '\n' || input.charAt(i) == '\r') {
                Equation statement = readStatement(input, segmentStart, i, statements + 1);
                if (statement != null) {
                    if (++statements > TypedLimits.MAX_STATEMENTS) {
                        throw new EquationException("more than " + TypedLimits.MAX_STATEMENTS
                                + " equations and constants; a system this large cannot be explored by hand");
                    }
                    boolean constant = statement.isConstant();
                    Map<String, Integer> own = constant ? constantIn : definedIn;
                    Map<String, Integer> other = constant ? definedIn : constantIn;
                    Integer earlier = own.putIfAbsent(statement.variable(), statement.number());
                    if (earlier != null) {
                        throw statement.error(0, constant
                                ? "a second value for " + statement.variable() + " (equation " + earlier
                                        + " already sets it)"
                                : "a second equation for " + statement.variable() + "' (equation " + earlier
                                        + " already defines it)");
                    }
                    if (other.containsKey(statement.variable())) {
                        throw statement.error(0, "'" + statement.variable() + "' is both a state variable and a "
                                + "constant (see equation " + other.get(statement.variable()) + ")");
                    }
                    (constant ? constants : equations).add(statement);
                }
                segmentStart = i + 1;
            }
        }
        // Values first: "x = y" alone is far more likely a forgotten prime than a system without equations.
        Map<String, Double> values = new LinkedHashMap<>();
        for (Equation constant : constants) {
            values.put(constant.variable(), ConstantValue.of(constant));
        }
        if (equations.isEmpty()) {
            throw new EquationException("no equations; type one per line or separate them with ';'"
                    + (constants.isEmpty() ? "" : " (lines such as " + constants.get(0).variable()
                            + " = ... only set constants; a state variable needs a prime, as in x' = ...)"));
        }

        Map<String, int[]> parameterFirstUse = new LinkedHashMap<>();
        List<java.util.Set<String>> namesUsed = new ArrayList<>();
        for (Equation equation : equations) {
            Map<String, Integer> uses = ExpressionChecker.check(equation);
            namesUsed.add(uses.keySet());
            for (Map.Entry<String, Integer> use : uses.entrySet()) {
                String name = use.getKey();
                if (!definedIn.containsKey(name) && !name.equals(ExpressionChecker.TIME)) {
                    parameterFirstUse.putIfAbsent(name, new int[] {equation.number(), use.getValue()});
                }
            }
        }
        for (Equation constant : constants) {
            if (!parameterFirstUse.containsKey(constant.variable())) {
                throw constant.error(0, "no equation uses " + constant.variable() + "; remove this line or use it");
            }
        }
        TypedSystem system = new TypedSystem(equations, namesUsed, parameterFirstUse, values);
        // Build once now so that anything exp4j still rejects is reported while parsing, not at first use.
        system.buildExpressions();
        return system;
    }

    /** The equation or constant in input[from, to), or null when that stretch is blank. */
    private static Equation readStatement(String input, int from, int to, int number) {
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
        String lhs = text.substring(0, equals).trim();
        boolean constant = BARE_NAME.matcher(lhs).matches();
        String variable = constant ? readConstantName(lhs, number, text, from)
                : readLeftHandSide(lhs, number, text, from);
        int rhsStart = equals + 1;
        while (rhsStart < text.length() && Character.isWhitespace(text.charAt(rhsStart))) {
            rhsStart++;
        }
        String rhs = text.substring(rhsStart).trim();
        if (rhs.isEmpty()) {
            throw Equation.at(number, text, from, equals, constant ? "nothing after '='; give " + variable + " a value"
                    : "nothing after '='; give " + variable + "' an expression");
        }
        return new Equation(number, text, from, variable, rhs, rhsStart, constant);
    }

    private static String readLeftHandSide(String lhs, int number, String text, int offset) {
        if (lhs.isEmpty()) {
            throw Equation.at(number, text, offset, 0, "nothing before '='; write NAME' = expression");
        }
        Matcher primed = PRIMED.matcher(lhs);
        Matcher leibniz = LEIBNIZ.matcher(lhs);
        String name;
        if (lhs.length() > TypedLimits.MAX_NAME + 16) {
            throw Equation.at(number, text, offset, 0, "the left-hand side is " + lhs.length()
                    + " characters long; names are at most " + TypedLimits.MAX_NAME);
        }
        if (primed.matches()) {
            name = primed.group(1);
        } else if (leibniz.matches()) {
            name = leibniz.group(1);
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

    /** {@code NAME = value} sets a constant (a parameter's value), as the explorer's text box has always allowed. */
    private static String readConstantName(String lhs, int number, String text, int offset) {
        if (lhs.length() > TypedLimits.MAX_NAME) {
            throw Equation.at(number, text, offset, 0, "the name '" + TypedLimits.name(lhs) + "' is " + lhs.length()
                    + " characters long; names are at most " + TypedLimits.MAX_NAME);
        }
        String reason = reservedReason(lhs);
        if (reason != null) {
            throw Equation.at(number, text, offset, 0, "'" + lhs + "' " + reason + ", so it cannot be given a value");
        }
        return lhs;
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
