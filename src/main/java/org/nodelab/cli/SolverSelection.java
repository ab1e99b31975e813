package org.nodelab.cli;

import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.SolverConfig;
import picocli.CommandLine.Option;

/**
 * The solver options of every command that integrates: the same names everywhere. An option left out keeps the
 * command's own default (each command says which), so the defaults live with the command, not here.
 */
final class SolverSelection {

    @Option(names = "--method", paramLabel = "NAME",
            description = "Solver: euler, midpoint, rk4, bosh3, dopri5, tsit5, verlet.")
    String method;

    @Option(names = "--rtol", paramLabel = "R", description = "Relative tolerance of adaptive solvers.")
    Double rtol;

    @Option(names = "--atol", paramLabel = "A", description = "Absolute tolerance of adaptive solvers.")
    Double atol;

    @Option(names = "--max-steps", paramLabel = "N", description = "Give up after N steps, accepted plus rejected.")
    Integer maxSteps;

    /** {@code base} with the options given on the command line. */
    SolverOptions applyTo(SolverOptions base) {
        SolverOptions options = method == null ? base : base.withMethod(Method.fromId(method));
        options = options.withTolerances(rtol == null ? base.rtol() : rtol, atol == null ? base.atol() : atol);
        return maxSteps == null ? options : options.withMaxSteps(maxSteps);
    }

    /** {@code base} with the options given on the command line. */
    SolverConfig applyTo(SolverConfig base) {
        SolverConfig s = method == null ? base : base.withMethod(Method.fromId(method));
        s = s.withTolerances(rtol == null ? s.rtol() : rtol, atol == null ? s.atol() : atol);
        return maxSteps == null ? s : s.withMaxSteps(maxSteps);
    }
}
