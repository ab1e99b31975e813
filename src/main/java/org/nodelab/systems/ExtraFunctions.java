package org.nodelab.systems;

import java.util.List;
import net.objecthunter.exp4j.function.Function;

/**
 * Functions people write in textbook equations that exp4j 0.4.8 does not define (sec, csc, ln, atan2, ...).
 * Without them such a name would be read as a parameter multiplied by a bracket, which is never what was meant.
 */
final class ExtraFunctions {

    static final List<Function> ALL = List.of(
            unary("sec", x -> 1 / Math.cos(x)),
            unary("csc", x -> 1 / Math.sin(x)),
            unary("coth", x -> Math.cosh(x) / Math.sinh(x)),
            unary("sech", x -> 1 / Math.cosh(x)),
            unary("csch", x -> 1 / Math.sinh(x)),
            unary("ln", Math::log),
            unary("sign", Math::signum),
            binary("atan2", Math::atan2),
            binary("min", Math::min),
            binary("max", Math::max),
            binary("hypot", Math::hypot));

    private ExtraFunctions() {
    }

    private static Function unary(String name, java.util.function.DoubleUnaryOperator f) {
        return new Function(name, 1) {
            @Override
            public double apply(double... args) {
                return f.applyAsDouble(args[0]);
            }
        };
    }

    private static Function binary(String name, java.util.function.DoubleBinaryOperator f) {
        return new Function(name, 2) {
            @Override
            public double apply(double... args) {
                return f.applyAsDouble(args[0], args[1]);
            }
        };
    }
}
