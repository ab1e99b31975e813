package org.nodelab.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.ResultCode;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.ode.VectorField;

class TypedSystemTest {

    @Test
    void typedVanDerPolEqualsTheBuiltIn() {
        TypedSystem typed = TypedSystem.parse("x' = y\ny' = mu*(1 - x^2)*y - x");
        assertThat(typed.variableNames()).containsExactly("x", "y");
        assertThat(typed.parameterNames()).containsExactly("mu");
        VectorField typedField = typed.createField(Map.of("mu", 2.5));
        VectorField builtIn = BuiltInSystems.get("vanderpol").createField(Map.of("mu", 2.5));

        Random random = new Random(11);
        double[] batch = new double[8 * 2];
        for (int j = 0; j < batch.length; j++) {
            batch[j] = 4 * random.nextDouble() - 2;
        }
        double[] expected = new double[batch.length];
        double[] actual = new double[batch.length];
        builtIn.evaluate(0, batch, expected);
        typedField.evaluate(0, batch, actual);
        for (int j = 0; j < batch.length; j++) {
            assertThat(actual[j]).isCloseTo(expected[j], within(1e-12 * Math.max(1, Math.abs(expected[j]))));
        }
    }

    @Test
    void typedLorenzEvaluatesCorrectly() {
        TypedSystem typed = TypedSystem.parse("dx/dt = sigma*(y - x); dy/dt = x*(rho - z) - y; dz/dt = x*y - beta*z");
        assertThat(typed.variableNames()).containsExactly("x", "y", "z");
        assertThat(typed.parameterNames()).containsExactly("sigma", "rho", "beta");
        VectorField field = typed.createField(Map.of("sigma", 10.0, "rho", 28.0, "beta", 8.0 / 3.0));
        double[] rate = new double[3];
        field.evaluate(0, new double[] {1, 2, 3}, rate);
        assertThat(rate[0]).isCloseTo(10.0, within(1e-12));
        assertThat(rate[1]).isCloseTo(1 * (28 - 3) - 2, within(1e-12));
        assertThat(rate[2]).isCloseTo(1 * 2 - 8.0 / 3.0 * 3, within(1e-12));
    }

    @Test
    void timeConstantsAndFunctionsWork() {
        TypedSystem typed = TypedSystem.parse("x' = sin(t) + pi*e - 2x + pow(x, 2) + abs(-x) + sqrt(4); "
                + "v\u2032 = tanh(v) + exp(0) + log(e)");
        VectorField field = typed.createField(Map.of());
        double[] rate = new double[2];
        field.evaluate(0.5, new double[] {3, 0}, rate);
        assertThat(rate[0]).isCloseTo(Math.sin(0.5) + Math.PI * Math.E - 6 + 9 + 3 + 2, within(1e-12));
        assertThat(rate[1]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void divisionByZeroEndsTheSolveWithNonFiniteState() {
        TypedSystem typed = TypedSystem.parse("x' = 1/(x - 1) + k % (x - 1)");
        VectorField field = typed.createField(Map.of("k", 1.0));
        double[] rate = new double[1];
        field.evaluate(0, new double[] {1}, rate);
        assertThat(rate[0]).isNaN();
        Solution solution = OdeSolver.solve(field, new double[] {1}, 0, 1, SolverOptions.defaults());
        assertThat(solution.result()).isEqualTo(ResultCode.NON_FINITE_STATE);
    }

    @Test
    void aParameterWithoutAValueIsPointedAt() {
        TypedSystem typed = TypedSystem.parse("x' = y; y' = -k*x");
        assertThatThrownBy(() -> typed.createField(Map.of()))
                .isInstanceOf(EquationException.class)
                .hasMessageContaining("parameter 'k' has no value; add a line such as k = 1")
                .hasMessageContaining("equation 2, column 7")
                .satisfies(e -> assertThat(((EquationException) e).equationNumber()).isEqualTo(2));
    }

    @Test
    void aValueForAnUnusedNameIsRejected() {
        TypedSystem typed = TypedSystem.parse("x' = y; y' = -g*x");
        assertThatThrownBy(() -> typed.createField(Map.of("g", 1.0, "q", 2.0)))
                .isInstanceOf(EquationException.class)
                .hasMessageContaining("'q'").hasMessageContaining("no equation uses it")
                .hasMessageContaining("parameters are g");
    }

    @Test
    void aParameterCannotShadowAStateVariable() {
        TypedSystem typed = TypedSystem.parse("x' = y; y' = -g*x");
        assertThatThrownBy(() -> typed.createField(Map.of("g", 1.0, "y", 2.0)))
                .isInstanceOf(EquationException.class)
                .hasMessageContaining("'y' is a state variable");
        assertThatThrownBy(() -> typed.createField(Map.of("g", 1.0, "t", 2.0)))
                .isInstanceOf(EquationException.class)
                .hasMessageContaining("'t' is time");
    }

    @Test
    void malformedEquationsSayWhatAndWhere() {
        expectError("x' = y; y' =", "equation 2", "nothing after '='");
        expectError("x' = y; y' = ", "equation 2", "nothing after '='");
        expectError("x' = y\ny -x", "equation 2", "no '='");
        expectError("x = y", "equation 1, column 5", "give it a prime: x' = ...");
        expectError("x' = y; y' = -x; x' = 2", "equation 3", "a second equation for x'");
        expectError("x' = (y + 1", "column 6", "'(' at column 6 is never closed");
        expectError("x' = y + 1)", "column 11", "')' at column 11 has no matching '('");
        expectError("x' = y +", "column 8", "operator '+' has no right operand");
        expectError("x' = * y", "column 6", "operator '*' has no left operand");
        expectError("x' = y * * y", "column 10", "operator '*' has no right operand before '*'");
        expectError("x' = (y - )", "column 9", "operator '-' has no right operand before ')'");
        expectError("x' = y y", "column 8", "missing operator between 'y' and 'y'");
        expectError("x' = sin y", "column 6", "function 'sin' needs its argument in parentheses");
        expectError("x' = pow(y)", "equation 1", "takes 2 argument(s), not 1");
        expectError("x' = y # z", "column 8", "unexpected character '#'");
        expectError("x' = y = z", "column 8", "a second '='");
        expectError("t' = 1", "equation 1", "'t' is time");
        expectError("x'' = -x", "equation 1", "higher derivative");
        expectError("   ", "", "no equations");
    }

    @Test
    void offsetsPointIntoTheWholeInput() {
        try {
            TypedSystem.parse("x' = y;  y' = (x");
        } catch (EquationException e) {
            assertThat(e.equationNumber()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(6);
            assertThat(e.offset()).isEqualTo("x' = y;  y' = ".length());
            return;
        }
        throw new AssertionError("expected an EquationException");
    }

    @Test
    void implicitProductsPeopleWriteAreAccepted() {
        VectorField field = TypedSystem.parse("x' = 2x + k(x + 1) + (x)(x) + .5e1").createField(Map.of("k", 3.0));
        double[] rate = new double[1];
        field.evaluate(0, new double[] {2}, rate);
        assertThat(rate[0]).isCloseTo(4 + 9 + 4 + 5, within(1e-12));
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        double[] rate = new double[1];
        TypedSystem.parse("x' = -x^2").createField(Map.of()).evaluate(0, new double[] {3}, rate);
        assertThat(rate[0]).isEqualTo(-9.0);
    }

    @Test
    void eachFieldOwnsItsExpressions() {
        TypedSystem typed = TypedSystem.parse("x' = -k*x");
        VectorField slow = typed.createField(Map.of("k", 1.0));
        VectorField fast = typed.createField(Map.of("k", 10.0));
        double[] rate = new double[1];
        slow.evaluate(0, new double[] {1}, rate);
        assertThat(rate[0]).isEqualTo(-1.0);
        fast.evaluate(0, new double[] {1}, rate);
        assertThat(rate[0]).isEqualTo(-10.0);
    }

    @Test
    void constantLinesSetParametersInTheOneGrammarAndOutsideValuesOverrideThem() {
        TypedSystem typed = TypedSystem.parse("x' = y; y' = -sin(x) - c*y; c = 0.5");
        assertThat(typed.parameterNames()).containsExactly("c");
        assertThat(typed.typedValues()).containsExactly(Map.entry("c", 0.5));
        assertThat(typed.resolveParameters(Map.of())).containsExactly(Map.entry("c", 0.5));
        assertThat(typed.resolveParameters(Map.of("c", 0.2))).containsExactly(Map.entry("c", 0.2));
        // A constant may be arithmetic on numbers and pi, typed before or after its use.
        assertThat(TypedSystem.parse("w = 2*pi/4\nx' = w").resolveParameters(Map.of()).get("w"))
                .isCloseTo(Math.PI / 2, within(1e-15));
        // The built-in system the explorer shows and the command line read the same text the same way.
        ResolvedSystem resolved = SystemResolver.resolve("x' = y; y' = -sin(x) - c*y; c = 0.5", Map.of());
        assertThat(resolved.parameters()).containsExactly(Map.entry("c", 0.5));
        expectError("x' = c; c = 1; c = 2", "equation 3", "a second value for c");
        expectError("x' = y; y' = x; y = 2", "equation 3", "both a state variable and a constant");
        expectError("x' = 1; c = 2", "equation 2", "no equation uses c");
        expectError("x' = c; c = 1/0", "equation 2", "not a finite number");
        expectError("c = 1", "", "only set constants");
    }

    @Test
    void piAndTextbookFunctionsAreNeverParameters() {
        TypedSystem typed = TypedSystem.parse("x' = \u03c0*sec(x) + csc(x) + ln(2) + atan2(x, 1) + coth(x) + pi");
        assertThat(typed.parameterNames()).isEmpty();
        double[] rate = new double[1];
        typed.createField(Map.of()).evaluate(0, new double[] {0.5}, rate);
        double expected = Math.PI / Math.cos(0.5) + 1 / Math.sin(0.5) + Math.log(2) + Math.atan2(0.5, 1)
                + Math.cosh(0.5) / Math.sinh(0.5) + Math.PI;
        assertThat(rate[0]).isCloseTo(expected, within(1e-12));
        expectError("x' = 1; pi = 3", "equation 2", "is a constant");
        expectError("x' = 1; sec = 3", "equation 2", "is a function");
    }

    @Test
    void hugeInputsAreRefusedAndLargeOnesParseInLinearWork() {
        String longName = "a".repeat(300_000);
        expectError("x' = " + longName, "", "characters long");
        expectError("x' = " + "b".repeat(65), "column 6", "names are at most 64");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            many.append("x").append(i).append("' = 1\n");
        }
        expectError(many.toString(), "", "more than 1000 equations");
        // A chain of 999 equations, each reading its neighbour: parsed and evaluated exactly.
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 999; i++) {
            chain.append("x").append(i).append("' = x").append((i + 1) % 999).append(" - k\n");
        }
        chain.append("k = 0.25");
        TypedSystem big = TypedSystem.parse(chain.toString());
        assertThat(big.dimension()).isEqualTo(999);
        double[] y = new double[999];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        double[] rate = new double[999];
        big.createField(Map.of()).evaluate(0, y, rate);
        assertThat(rate[0]).isEqualTo(1 - 0.25);
        assertThat(rate[998]).isEqualTo(0 - 0.25);
    }

    @Test
    void messagesQuoteALongEquationOnlyAroundTheProblem() {
        String text = "x' = " + "y + ".repeat(100) + "# + y";
        EquationException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> TypedSystem.parse(text), EquationException.class);
        assertThat(error.getMessage()).contains("unexpected character '#'").contains("…");
        assertThat(error.getMessage().length()).isLessThan(250);
    }

    private static void expectError(String text, String where, String hint) {
        assertThatThrownBy(() -> TypedSystem.parse(text))
                .as(text)
                .isInstanceOf(EquationException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(hint);
    }
}
