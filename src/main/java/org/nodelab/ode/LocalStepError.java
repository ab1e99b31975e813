package org.nodelab.ode;

/**
 * The error estimate of one fresh embedded step from a given state, and its gradient with respect to the
 * field's parameters: the quantity that local regularization (Pal, Edelman and Rackauckas, 2023) penalizes.
 * The step size comes from the same starting-step rule a solve would use, so it is what the solver would try.
 *
 * <p>The gradient treats the starting state, the step size and the error scale as constants and
 * differentiates through the step's stages only.
 */
public final class LocalStepError {

    /**
     * @param errorRatio  EEst = rms(err / (atol + rtol · max(|y0|, |y1|)))
     * @param stepSize    the freshly chosen step h
     * @param value       EEst · h, the regularizer's value
     * @param parameterGradient  d(EEst · h)/dθ, or null when not asked for
     * @param evaluations field evaluations spent (vector–Jacobian products not included)
     */
    public record Result(double errorRatio, double stepSize, double value, double[] parameterGradient,
                         long evaluations, long vectorJacobianProducts) {
    }

    private LocalStepError() {
    }

    public static Result compute(ParametricVectorField field, ButcherTableau tableau, double t, double[] y,
                                 double rtol, double atol, boolean withGradient) {
        if (!tableau.isEmbedded()) {
            throw new IllegalArgumentException(tableau.name() + " has no error estimate; local regularization "
                    + "needs an adaptive method such as dopri5");
        }
        int n = y.length;
        int s = tableau.stages();
        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau, field, n);
        stepper.evaluate(t, y, stepper.k[0]);
        StepSizeController controller = new StepSizeController(tableau.order());
        double h = controller.initialStep(stepper, t, y, stepper.k[0], rtol, atol, 1.0, stepper.y1, stepper.k[1]);
        double[][] stageInputs = new double[s][n];
        stepper.recomputeStages(t, y, h, stageInputs);
        double[] y1 = new double[n];
        stepper.combine(y, h, tableau.b(), s, y1);
        double[] error = new double[n];
        double[] e = tableau.errorWeights();
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < n; j++) {
                error[j] += h * e[i] * stepper.k[i][j];
            }
        }
        double[] scale = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            scale[j] = atol + rtol * Math.max(Math.abs(y[j]), Math.abs(y1[j]));
            double r = error[j] / scale[j];
            sum += r * r;
        }
        double ratio = Math.sqrt(sum / n);
        long evaluations = stepper.evaluations;
        if (!withGradient || ratio == 0 || !Double.isFinite(ratio)) {
            return new Result(ratio, h, ratio * h, withGradient ? new double[field.parameterCount()] : null,
                    evaluations, 0);
        }
        // d(h · ratio)/d err_j = h · err_j / (scale_j² · n · ratio); err = h Σ e_i k_i.
        double[] errorCotangent = new double[n];
        for (int j = 0; j < n; j++) {
            errorCotangent[j] = h * error[j] / (scale[j] * scale[j] * n * ratio);
        }
        double[][] stageCotangents = new double[s][n];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < n; j++) {
                stageCotangents[i][j] = h * e[i] * errorCotangent[j];
            }
        }
        double[] gradient = new double[field.parameterCount()];
        double[] inputCotangent = new double[n];
        double[][] a = tableau.a();
        double[] c = tableau.c();
        long vjps = 0;
        for (int i = s - 1; i >= 0; i--) {
            field.vectorJacobianProduct(t + c[i] * h, stageInputs[i], stageCotangents[i], inputCotangent, gradient);
            vjps++;
            for (int l = 0; l < i; l++) {
                if (a[i][l] != 0) {
                    for (int j = 0; j < n; j++) {
                        stageCotangents[l][j] += h * a[i][l] * inputCotangent[j];
                    }
                }
            }
        }
        return new Result(ratio, h, ratio * h, gradient, evaluations, vjps);
    }
}
