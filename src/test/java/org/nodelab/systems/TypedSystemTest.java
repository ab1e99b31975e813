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
                .hasMessageContaining("parameter 'k' has no value; give it with --param k=...")
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
        expectError("x = y", "equation 1, column 1", "has no prime");
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

    private static void expectError(String text, String where, String hint) {
        assertThatThrownBy(() -> TypedSystem.parse(text))
                .as(text)
                .isInstanceOf(EquationException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(hint);
    }
}
