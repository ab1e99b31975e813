package org.nodelab.session.reproduce;

import java.util.List;

/**
 * The HeavyBallNODE repository's training logs, the published NFE that more than one reproduction shows: one
 * source, and the plain NODE's MNIST figures written once.
 */
final class HeavyBallLogs {

    static final String SOURCE = "hedixia/HeavyBallNODE logs (commit 71d68cd), mean per batch, dopri5, adjoint";

    private HeavyBallLogs() {
    }

    /** A family's NFE forward and backward per iteration on a dataset, as the logs give them. */
    static List<PublishedFigure> nfe(String subject, double forward, double backward) {
        return List.of(new PublishedFigure("NFE forward per iteration", subject, forward, SOURCE),
                new PublishedFigure("NFE backward per iteration", subject, backward, SOURCE));
    }

    /** The plain NODE on MNIST: the baseline both the momentum and the second-order claims are read against. */
    static List<PublishedFigure> nodeMnist() {
        return nfe("NODE, MNIST", 44.0, 69.2);
    }
}
