package org.nodelab.session.reproduce;

/**
 * A number from the literature, never measured here.
 *
 * @param quantity what it measures, e.g. {@code "NFE backward per iteration"}
 * @param subject  the model or setting it belongs to, e.g. {@code "HBNODE, MNIST"}
 * @param value    the figure (a ratio, an NFE, an accuracy)
 * @param source   where it was published, precisely enough to look up (paper and table, or repository and commit)
 */
public record PublishedFigure(String quantity, String subject, double value, String source) {
}
