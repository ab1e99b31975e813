package org.nodelab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nodelab.systems.ResolvedSystem;
import org.nodelab.systems.SystemResolver;
import picocli.CommandLine.Option;

/** --system and --param, shared by every command that works on one dynamical system. */
final class SystemSelection {

    @Option(names = "--system", required = true, paramLabel = "NAME|EQUATIONS",
            description = "A built-in system (see `nodelab systems`) or typed equations, e.g. \"x' = y; y' = -x - g*y\".")
    String system;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter value; repeat for several. Built-ins fall back on their defaults.")
    Map<String, Double> parameters = new LinkedHashMap<>();

    ResolvedSystem resolve() {
        return SystemResolver.resolve(system, parameters);
    }

    /**
     * A point (or a batch of points) for the resolved system, with a message that names the system's variables
     * when the count is wrong.
     */
    static double[] checkState(ResolvedSystem resolved, double[] values, String option, boolean allowBatch) {
        int d = resolved.dimension();
        boolean fits = allowBatch ? values.length > 0 && values.length % d == 0 : values.length == d;
        if (!fits) {
            throw new IllegalArgumentException(option + " has " + values.length + " number(s), but "
                    + resolved.id() + " has " + d + " variable(s) (" + String.join(", ", resolved.variableNames())
                    + ")" + (allowBatch ? "; give " + d + " numbers per point" : ""));
        }
        return values;
    }
}
