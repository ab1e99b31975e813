package org.nodelab.cli;

import org.nodelab.train.RegularizerConfig;
import org.nodelab.train.RegularizerKind;
import picocli.CommandLine.Option;

/** The regularizer and its weight λ. Left out, a setting keeps its default. */
final class RegularizerSelection {

    @Option(names = "--reg",
            description = "Regularizer: none, weight-decay, local, local-steps, local-stiffness, global-error, "
                    + "kinetic.")
    String kind;

    @Option(names = "--reg-strength", description = "λ.")
    Double strength;

    /** {@code base} with the options given on the command line. */
    RegularizerConfig applyTo(RegularizerConfig base) {
        return new RegularizerConfig(kind == null ? base.kind() : RegularizerKind.fromId(kind),
                strength == null ? base.strength() : strength);
    }
}
