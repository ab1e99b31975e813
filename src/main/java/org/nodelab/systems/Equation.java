package org.nodelab.systems;

/**
 * One typed statement, an equation {@code NAME' = expression} or a constant {@code NAME = value}, after its left-hand side has been read, remembering where it
 * stands in the input so every later complaint can point at the right column.
 *
 * @param number              1-based position among the equations
 * @param text                the equation as typed, without surrounding blanks
 * @param offset              index of {@code text} in the whole input
 * @param variable            the state variable it defines
 * @param rightHandSide       the expression after '=', without surrounding blanks
 * @param rightHandSideStart  index of {@code rightHandSide} inside {@code text}
 * @param isConstant          {@code NAME = value}: sets a parameter's value instead of defining a state variable
 */
record Equation(int number, String text, int offset, String variable, String rightHandSide, int rightHandSideStart,
                boolean isConstant) {

    /**
     * exp4j's builder for the right-hand side in the lab's arithmetic: our extra functions, and total '/' and
     * '%' (Inf and NaN instead of exceptions). Equations and constants are read the same way.
     */
    net.objecthunter.exp4j.ExpressionBuilder expressionBuilder() {
        return new net.objecthunter.exp4j.ExpressionBuilder(rightHandSide).functions(ExtraFunctions.ALL)
                .operator(TotalArithmetic.DIVISION, TotalArithmetic.REMAINDER);
    }

    /** A complaint about the character at {@code index} (0-based, inside {@code text}). */
    EquationException error(int index, String what) {
        return at(number, text, offset, index, what);
    }

    static EquationException at(int number, String text, int offset, int index, String what) {
        int column = index + 1;
        return new EquationException("equation " + number + ", column " + column + ": " + what
                + " (in \"" + TypedLimits.quote(text, index) + "\")", number, column, offset + index);
    }
}
