package org.nodelab.systems;

import net.objecthunter.exp4j.operator.Operator;

/**
 * Replacements for exp4j's '/' and '%', which throw on a zero divisor. Inside a solver an exception would
 * abort the solve from the middle of a stage; IEEE Inf and NaN instead let the solver stop cleanly with
 * NON_FINITE_STATE and the last good state.
 */
final class TotalArithmetic {

    static final Operator DIVISION = new Operator("/", 2, true, Operator.PRECEDENCE_DIVISION) {
        @Override
        public double apply(double... operands) {
            return operands[0] / operands[1];
        }
    };

    static final Operator REMAINDER = new Operator("%", 2, true, Operator.PRECEDENCE_MODULO) {
        @Override
        public double apply(double... operands) {
            return operands[0] % operands[1];
        }
    };

    private TotalArithmetic() {
    }
}
