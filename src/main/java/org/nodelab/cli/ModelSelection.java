package org.nodelab.cli;

import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import picocli.CommandLine.Option;

/** The model options: family and shape, and the knobs' starting values. Left out, a setting keeps its default. */
final class ModelSelection {

    @Option(names = "--model", paramLabel = "FAMILY",
            description = "Family: node, anode, hbnode, ghbnode, sonode, antisymmetric, hamiltonian.")
    String family;

    @Option(names = "--width", description = "Hidden width of f.")
    Integer width;

    @Option(names = "--depth", description = "Hidden layers of f.")
    Integer depth;

    @Option(names = "--augment", description = "Extra zero dimensions (default: the family's, 1 for anode, else 0).")
    Integer augment;

    @Option(names = "--damping", description = "Damping γ of the heavy-ball families.")
    Double damping;

    @Option(names = "--learn-damping", description = "Learn γ = sigmoid(γ_raw), starting from --damping.")
    boolean learnDamping;

    @Option(names = "--learn-initial-velocity",
            description = "Start momentum/velocity at a learned linear map of the input instead of zero "
                    + "(hbnode, ghbnode).")
    boolean learnInitialVelocity;

    @Option(names = "--xi", description = "ξ of ghbnode.")
    Double xi;

    /** {@code base} with the options given on the command line. */
    ModelConfig applyTo(ModelConfig base) {
        ModelConfig m = family == null ? base : base.withFamily(ModelFamilies.fromId(family));
        if (width != null) {
            m = m.withWidth(width);
        }
        if (depth != null) {
            m = m.withDepth(depth);
        }
        if (augment != null) {
            m = m.withAugment(augment);
        }
        m = m.withDamping(damping == null ? m.damping() : damping, learnDamping || m.learnDamping());
        if (xi != null) {
            m = m.withXi(xi);
        }
        return learnInitialVelocity ? m.withLearnInitialVelocity(true) : m;
    }
}
