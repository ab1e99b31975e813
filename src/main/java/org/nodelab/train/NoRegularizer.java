package org.nodelab.train;

/** No regularization (also what every kind becomes at λ = 0): nothing needed, nothing drawn, nothing added. */
final class NoRegularizer implements Regularizer {

    @Override
    public Need need() {
        return Need.NOTHING;
    }

    @Override
    public Contribution contribute(RegularizationInput in, double[] gradient) {
        return Contribution.NONE;
    }
}
