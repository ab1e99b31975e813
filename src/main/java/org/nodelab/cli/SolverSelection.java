package org.nodelab.cli;

import org.nodelab.ode.Method;
import org.nodelab.ode.SolverOptions;
import picocli.CommandLine.Option;

/** The solver options every integrating command shares. */
final class SolverSelection {

    @Option(names = "--method", defaultValue = "dopri5", paramLabel = "NAME",
            description = "Solver: euler, midpoint, rk4, bosh3, dopri5, tsit5, verlet (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--rtol", defaultValue = "1e-7", paramLabel = "R",
            description = "Relative tolerance of adaptive solvers (default: ${DEFAULT-VALUE}).")
    double rtol;

    @Option(names = "--atol", defaultValue = "1e-9", paramLabel = "A",
            description = "Absolute tolerance of adaptive solvers (default: ${DEFAULT-VALUE}).")
    double atol;

    @Option(names = "--step", paramLabel = "H",
            description = "Step size of fixed-step solvers (default: 1/100 of the time span).")
    Double step;

    @Option(names = "--max-steps", defaultValue = "100000", paramLabel = "N",
            description = "Give up after N steps, accepted plus rejected (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    SolverOptions toOptions() {
        SolverOptions options = SolverOptions.of(Method.fromId(method))
                .withTolerances(rtol, atol)
                .withMaxSteps(maxSteps);
        return step == null ? options : options.withStepSize(step);
    }
}
