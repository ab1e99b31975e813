package org.nodelab.systems;

import java.util.List;
import java.util.Map;
import java.util.Set;

import net.objecthunter.exp4j.Expression;
import org.nodelab.ode.VectorField;

/**
 * The vector field of a {@link TypedSystem}. Single-threaded: exp4j expressions keep their variable values
 * inside themselves, so two threads evaluating one instance would overwrite each other's inputs. Create one
 * field per thread with {@link TypedSystem#createField}.
 *
 * <p>It deliberately has no analytic Jacobian; analysis falls back on central differences.
 */
public final class TypedVectorField implements VectorField {

    private final String[] variableNames;
    private final Expression[] expressions;
    /** For each equation, the indices of the state variables its expression reads, so only those are set. */
    private final int[][] statesUsed;
    private final boolean[] timeUsed;

    TypedVectorField(List<String> variableNames, List<Expression> expressions, Map<String, Double> parameters) {
        this.variableNames = variableNames.toArray(String[]::new);
        this.expressions = expressions.toArray(Expression[]::new);
        int n = this.variableNames.length;
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int j = 0; j < n; j++) {
            index.put(this.variableNames[j], j);
        }
        this.statesUsed = new int[n][];
        this.timeUsed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Expression expression = this.expressions[i];
            Set<String> used = expression.getVariableNames();
            // Through the index, not a scan of every name: building stays linear in the number of equations.
            statesUsed[i] = used.stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
            timeUsed[i] = used.contains(ExpressionChecker.TIME);
            // Parameters never change during a solve, so they are set once here.
            for (Map.Entry<String, Double> parameter : parameters.entrySet()) {
                if (used.contains(parameter.getKey())) {
                    expression.setVariable(parameter.getKey(), parameter.getValue());
                }
            }
        }
    }

    @Override
    public int dimension() {
        return variableNames.length;
    }

    @Override
    public void evaluate(double t, double[] y, double[] dydt) {
        int n = variableNames.length;
        for (int row = 0; row < y.length; row += n) {
            for (int i = 0; i < n; i++) {
                Expression expression = expressions[i];
                for (int j : statesUsed[i]) {
                    expression.setVariable(variableNames[j], y[row + j]);
                }
                if (timeUsed[i]) {
                    expression.setVariable(ExpressionChecker.TIME, t);
                }
                dydt[row + i] = evaluateTotally(expression);
            }
        }
    }

    /** Arithmetic trouble becomes NaN, so the solver reports NON_FINITE_STATE instead of dying mid-stage. */
    private static double evaluateTotally(Expression expression) {
        try {
            return expression.evaluate();
        } catch (ArithmeticException e) {
            return Double.NaN;
        }
    }
}
