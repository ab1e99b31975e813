package org.nodelab.train;

/** Loss and accuracy on a set of points; {@code problem} is null unless the solve stopped early. */
public record Evaluation(double loss, double accuracy, long nfe, String problem) {
}
