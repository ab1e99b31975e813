package org.nodelab.cli;

import org.nodelab.ode.AdjointNorm;
import org.nodelab.train.SolverConfig;
import picocli.CommandLine.Option;

/** The adjoint's error norm, for the commands that take a gradient through a solve. */
final class AdjointNormSelection {

    @Option(names = "--norm", paramLabel = "mixed|seminorm|flat",
            description = "The adjoint's error norm over [state, adjoint, parameter gradient]: mixed (torchdiffeq's "
                    + "default: the largest RMS of the state, the adjoint and each parameter tensor), seminorm "
                    + "(Kidger et al. 2021: the parameter gradient is left out of the error control) or flat (one "
                    + "RMS over everything). Backprop ignores it.")
    String norm;

    /** {@code base} with the norm given on the command line. */
    SolverConfig applyTo(SolverConfig base) {
        return norm == null ? base : base.withAdjointNorm(AdjointNorm.fromId(norm));
    }
}
