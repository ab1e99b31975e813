package org.nodelab.systems;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a right-hand side token by token before exp4j sees it. exp4j's own messages give a character index
 * into one expression and nothing else, and it silently accepts some typos (it reads "x y" as x·y); checking
 * here first lets every message name the equation, the column and the offending text.
 */
final class ExpressionChecker {

    /** The functions a typed equation may call, with their number of arguments: exp4j's and {@link ExtraFunctions}. */
    static final Map<String, Integer> FUNCTIONS = Map.ofEntries(
            Map.entry("sin", 1), Map.entry("cos", 1), Map.entry("tan", 1), Map.entry("cot", 1),
            Map.entry("asin", 1), Map.entry("acos", 1), Map.entry("atan", 1),
            Map.entry("sinh", 1), Map.entry("cosh", 1), Map.entry("tanh", 1),
            Map.entry("exp", 1), Map.entry("expm1", 1), Map.entry("log", 1), Map.entry("log1p", 1),
            Map.entry("log2", 1), Map.entry("log10", 1), Map.entry("sqrt", 1), Map.entry("cbrt", 1),
            Map.entry("abs", 1), Map.entry("signum", 1), Map.entry("floor", 1), Map.entry("ceil", 1),
            Map.entry("pow", 2),
            // Ours, in ExtraFunctions:
            Map.entry("sec", 1), Map.entry("csc", 1), Map.entry("coth", 1), Map.entry("sech", 1),
            Map.entry("csch", 1), Map.entry("ln", 1), Map.entry("sign", 1), Map.entry("atan2", 2),
            Map.entry("min", 2), Map.entry("max", 2), Map.entry("hypot", 2));

    /** Names exp4j already binds to numbers (φ is left free: it is a common name for an angle). */
    static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "\u03c0", Math.PI, "e", Math.E);

    static final String TIME = "t";

    private enum Kind { NUMBER, NAME, FUNCTION, OPERATOR, OPEN, CLOSE, COMMA }

    /** An open parenthesis still waiting for its ')'; function calls also count their arguments. */
    private static final class Group {
        final int index;
        final String function;
        int arguments = 1;

        Group(int index, String function) {
            this.index = index;
            this.function = function;
        }
    }

    private ExpressionChecker() {
    }

    /**
     * Checks the syntax of the equation's right-hand side.
     *
     * @return every name that is neither a function nor a constant, mapped to the index (inside the equation
     *         text) of its first use, in order of first use
     */
    static Map<String, Integer> check(Equation equation) {
        String text = equation.text();
        int end = equation.rightHandSideStart() + equation.rightHandSide().length();
        Map<String, Integer> names = new LinkedHashMap<>();
        Deque<Group> groups = new ArrayDeque<>();
        Kind previous = null;
        int previousIndex = -1;
        String previousText = "";
        int i = equation.rightHandSideStart();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (Character.isDigit(c) || (c == '.' && i + 1 < end && Character.isDigit(text.charAt(i + 1)))) {
                i = numberEnd(text, i, end);
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                if (i - start > TypedLimits.MAX_NAME) {
                    throw equation.error(start, "the name '" + TypedLimits.name(text.substring(start, i)) + "' is "
                            + (i - start) + " characters long; names are at most " + TypedLimits.MAX_NAME);
                }
                kind = FUNCTIONS.containsKey(text.substring(start, i)) ? Kind.FUNCTION : Kind.NAME;
            } else if ("+-*/^%".indexOf(c) >= 0) {
                i++;
                kind = Kind.OPERATOR;
            } else if (c == '(') {
                i++;
                kind = Kind.OPEN;
            } else if (c == ')') {
                i++;
                kind = Kind.CLOSE;
            } else if (c == ',') {
                i++;
                kind = Kind.COMMA;
            } else if (c == '\'' || c == '=') {
                throw equation.error(i, "'" + c + "' cannot appear on the right-hand side");
            } else {
                throw equation.error(i, "unexpected character '" + c + "'");
            }
            String token = text.substring(start, i);
            boolean operandExpected = previous == null || previous == Kind.OPERATOR || previous == Kind.OPEN
                    || previous == Kind.COMMA;

            switch (kind) {
                case NUMBER, NAME, FUNCTION -> {
                    if (!operandExpected && !implicitProduct(previous, kind)) {
                        throw equation.error(start, "missing operator between '" + previousText + "' and '" + token
                                + "'");
                    }
                    if (kind == Kind.NAME && !CONSTANTS.containsKey(token)) {
                        names.putIfAbsent(token, start);
                    }
                    if (kind == Kind.FUNCTION && !nextIsOpen(text, i, end)) {
                        throw equation.error(start, "function '" + token + "' needs its argument in parentheses, as in "
                                + token + "(x)");
                    }
                }
                case OPERATOR -> {
                    if (operandExpected && c != '-' && c != '+') {
                        throw equation.error(start, previous == Kind.OPERATOR
                                ? "operator '" + previousText + "' has no right operand before '" + token + "'"
                                : "operator '" + token + "' has no left operand");
                    }
                }
                case OPEN -> {
                    if (!operandExpected && previous != Kind.FUNCTION && !implicitProduct(previous, kind)) {
                        throw equation.error(start, "missing operator between '" + previousText + "' and '('");
                    }
                    groups.push(new Group(start, previous == Kind.FUNCTION ? previousText : null));
                }
                case CLOSE -> {
                    if (groups.isEmpty()) {
                        throw equation.error(start, "')' at column " + (start + 1) + " has no matching '('");
                    }
                    Group group = groups.pop();
                    if (previous == Kind.OPEN) {
                        throw equation.error(group.index, group.function != null
                                ? "function '" + group.function + "' is called with nothing in its parentheses"
                                : "empty parentheses '()'");
                    }
                    rejectDanglingOperand(equation, previous, previousIndex, previousText, token);
                    if (group.function != null && group.arguments != FUNCTIONS.get(group.function)) {
                        throw equation.error(group.index - group.function.length(), "function '" + group.function
                                + "' takes " + FUNCTIONS.get(group.function) + " argument(s), not " + group.arguments);
                    }
                }
                case COMMA -> {
                    Group group = groups.peek();
                    if (group == null || group.function == null) {
                        throw equation.error(start, "',' outside a function's argument list");
                    }
                    rejectDanglingOperand(equation, previous, previousIndex, previousText, token);
                    if (previous == Kind.OPEN) {
                        throw equation.error(start, "missing argument before ','");
                    }
                    group.arguments++;
                }
                default -> throw new IllegalStateException(kind.name());
            }
            previous = kind;
            previousIndex = start;
            previousText = token;
        }
        if (previous == null) {
            throw equation.error(equation.rightHandSideStart(), "nothing after '='; give "
                    + equation.variable() + "' an expression");
        }
        rejectDanglingOperand(equation, previous, previousIndex, previousText, null);
        if (!groups.isEmpty()) {
            Group unclosed = groups.peekLast();
            throw equation.error(unclosed.index, "'(' at column " + (unclosed.index + 1) + " is never closed");
        }
        return names;
    }

    /** exp4j multiplies juxtaposed operands; these are the juxtapositions people write on purpose: 2x, 2(…), k(…), (…)(…), (…)x. */
    private static boolean implicitProduct(Kind previous, Kind next) {
        return switch (previous) {
            case NUMBER -> next == Kind.NAME || next == Kind.FUNCTION || next == Kind.OPEN;
            case NAME -> next == Kind.OPEN;
            case CLOSE -> next == Kind.NAME || next == Kind.FUNCTION || next == Kind.OPEN;
            default -> false;
        };
    }

    private static void rejectDanglingOperand(Equation equation, Kind previous, int previousIndex, String previousText,
                                              String following) {
        if (previous == Kind.OPERATOR) {
            throw equation.error(previousIndex, "operator '" + previousText + "' has no right operand"
                    + (following == null ? "" : " before '" + following + "'"));
        }
        if (previous == Kind.COMMA) {
            throw equation.error(previousIndex, "missing argument after ','");
        }
    }

    private static boolean nextIsOpen(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '(';
    }

    /** Digits, an optional fraction and an optional exponent, the same numbers exp4j reads. */
    private static int numberEnd(String text, int i, int end) {
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < end && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < end && Character.isDigit(text.charAt(j))) {
                while (j < end && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return i;
    }
}
