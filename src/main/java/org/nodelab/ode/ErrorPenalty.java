package org.nodelab.ode;

/**
 * A penalty on the solver's own error estimates over every accepted step, weight · Σ_j EEst_j · |h_j| (the
 * global error regularizer of ERNODE, arXiv 2105.03918), differentiated with the scales and step sizes held
 * fixed. EEst is the same RMS ratio the step controller accepts or rejects on.
 */
public record ErrorPenalty(double weight, double rtol, double atol) {

    public ErrorPenalty {
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("the penalty weight must be finite and not negative, not " + weight);
        }
    }
}
