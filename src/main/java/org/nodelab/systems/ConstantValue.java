package org.nodelab.systems;

/** The value of a typed constant {@code NAME = value}: a number, or arithmetic on numbers, pi and e (2*pi, 1/3). */
final class ConstantValue {

    private ConstantValue() {
    }

    static double of(Equation constant) {
        var names = ExpressionChecker.check(constant);
        if (!names.isEmpty()) {
            String name = names.keySet().iterator().next();
            throw constant.error(names.get(name), "the value of " + constant.variable() + " uses '" + name
                    + "'; a constant's value is a number (pi and e may be used). To make " + constant.variable()
                    + " a state variable, give it a prime: " + constant.variable() + "' = ...");
        }
        double value;
        try {
            value = constant.expressionBuilder().build().evaluate();
        } catch (RuntimeException e) {
            throw constant.error(constant.rightHandSideStart(), "cannot read the value: " + e.getMessage());
        }
        if (!Double.isFinite(value)) {
            throw constant.error(constant.rightHandSideStart(), "the value of " + constant.variable()
                    + " is not a finite number");
        }
        return value;
    }
}
