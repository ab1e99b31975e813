package org.nodelab.ode;

/**
 * One fresh embedded step from a given state, and what local regularization (Pal, Edelman and Rackauckas,
 * 2023) penalizes about it, with the gradient with respect to the field's parameters:
 * <ul>
 *   <li>{@link Measure#ERROR}: EEst · h, the step's error estimate times its size;</li>
 *   <li>{@link Measure#STIFFNESS}: ‖k_s − k_{s−1}‖ / ‖g_s − g_{s−1}‖ / 3.5068, an estimate of the local
 *   Lipschitz constant from the last two stages (g are stage inputs), scaled by tsit5's real stability limit.</li>
 * </ul>
 * The step size comes from the same starting-step rule a solve would use. The gradient treats the starting
 * state, the step size and the error scale as constants and differentiates through the step's stages.
 */
public final class LocalStepError {

    /** What to measure about the step. */
    public enum Measure { ERROR, STIFFNESS }

    /** tsit5's stability interval on the negative real axis, the normalization Pal et al. use. */
    static final double STIFFNESS_SCALE = 3.5068;

    /**
     * @param errorRatio  EEst = rms(err / (atol + rtol · max(|y0|, |y1|)))
     * @param stepSize    the freshly chosen step h
     * @param value       the regularizer's value for the chosen measure
     * @param parameterGradient  d(value)/dθ, or null when not asked for
     * @param evaluations field evaluations spent (vector–Jacobian products not included)
     */
    public record Result(double errorRatio, double stepSize, double value, double[] parameterGradient,
                         long evaluations, long vectorJacobianProducts) {
    }

    private LocalStepError() {
    }

    public static Result compute(ParametricVectorField field, ButcherTableau tableau, double t, double[] y,
                                 double rtol, double atol, boolean withGradient) {
        return compute(field, tableau, t, y, rtol, atol, Measure.ERROR, withGradient);
    }

    public static Result compute(ParametricVectorField field, ButcherTableau tableau, double t, double[] y,
                                 double rtol, double atol, Measure measure, boolean withGradient) {
        if (!tableau.isEmbedded()) {
            throw new IllegalArgumentException(tableau.name() + " has no error estimate; local regularization "
                    + "needs an adaptive method such as dopri5");
        }
        int n = y.length;
        int s = tableau.stages();
        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau, field, n);
        stepper.evaluate(t, y, stepper.k[0]);
        StepSizeController controller = new StepSizeController(tableau.order());
        double h = controller.initialStep(stepper::evaluate, ErrorNorm.RMS, t, y, stepper.k[0], rtol, atol, 1.0,
                stepper.y1, stepper.k[1]);
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
        double[][] stageCotangents = new double[s][n];
        double[][] inputCotangents = null;
        double value;
        if (measure == Measure.ERROR) {
            value = ratio * h;
            if (withGradient && ratio > 0 && Double.isFinite(ratio)) {
                // d(h · ratio)/d err_j = h · err_j / (scale_j² · n · ratio); err = h Σ e_i k_i.
                for (int i = 0; i < s; i++) {
                    for (int j = 0; j < n; j++) {
                        stageCotangents[i][j] = h * e[i] * h * error[j] / (scale[j] * scale[j] * n * ratio);
                    }
                }
            }
        } else {
            double[] kLast = stepper.k[s - 1];
            double[] kPrevious = stepper.k[s - 2];
            double[] gLast = stageInputs[s - 1];
            double[] gPrevious = stageInputs[s - 2];
            double numerator = distance(kLast, kPrevious);
            double denominator = distance(gLast, gPrevious);
            value = denominator == 0 ? 0 : numerator / denominator / STIFFNESS_SCALE;
            if (withGradient && numerator > 0 && denominator > 0) {
                inputCotangents = new double[s][];
                inputCotangents[s - 1] = new double[n];
                inputCotangents[s - 2] = new double[n];
                for (int j = 0; j < n; j++) {
                    double dk = (kLast[j] - kPrevious[j]) / (numerator * denominator * STIFFNESS_SCALE);
                    stageCotangents[s - 1][j] = dk;
                    stageCotangents[s - 2][j] = -dk;
                    double dg = -numerator * (gLast[j] - gPrevious[j])
                            / (denominator * denominator * denominator * STIFFNESS_SCALE);
                    inputCotangents[s - 1][j] = dg;
                    inputCotangents[s - 2][j] = -dg;
                }
            }
        }
        if (!withGradient) {
            return new Result(ratio, h, value, null, evaluations, 0);
        }
        double[] gradient = new double[field.parameterCount()];
        long vjps = StageReverse.sweep(field, tableau, t, h, stageInputs, stageCotangents, inputCotangents,
                new double[n], gradient, new double[n]);
        return new Result(ratio, h, value, gradient, evaluations, vjps);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
