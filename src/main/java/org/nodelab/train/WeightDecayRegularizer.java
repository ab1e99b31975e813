package org.nodelab.train;

/** Weight decay: R = ½ ‖θ‖², so λ · θ joins the gradient. Needs nothing from the solve. */
final class WeightDecayRegularizer implements Regularizer {

    private final double lambda;

    WeightDecayRegularizer(double lambda) {
        this.lambda = lambda;
    }

    @Override
    public Need need() {
        return Need.NOTHING;
    }

    @Override
    public Contribution contribute(RegularizationInput in, double[] gradient) {
        double[] theta = in.model().parameters();
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            sum += theta[i] * theta[i];
            gradient[i] += lambda * theta[i];
        }
        return new Contribution(0.5 * lambda * sum, 0);
    }
}
