package org.nodelab.session.reproduce;

/**
 * One of our figures beside the published one it answers.
 *
 * @param ours        our value (NaN when the run gave none)
 * @param oursSubject what ours was measured on, e.g. {@code "HBNODE / NODE, spirals, T = 3"}
 * @param published   the paper's figure, with its source
 */
public record Comparison(double ours, String oursSubject, PublishedFigure published) {
}
