package org.nodelab.ode;

import java.util.List;

/**
 * Reverse-mode differentiation through the recorded steps of a solve (discretize-then-optimize): the exact
 * gradient of the discrete solution, step sizes held fixed. Stages are recomputed from each step's starting
 * state, so the tape holds one state per step rather than one per stage.
 */
public final class Backprop {

    private Backprop() {
    }

    /**
     * @param forward           a solve of {@code field} made with {@link SolverOptions#recordSteps()} true
     * @param outputCotangents  dL/dy at each output time (null entries count as zero)
     */
    public static Gradient gradient(ParametricVectorField field, Solution forward, double[][] outputCotangents) {
        return gradient(field, forward, outputCotangents, null);
    }

    /**
     * As {@link #gradient(ParametricVectorField, Solution, double[][])}, plus the value and gradient of an
     * error penalty over every step (null for none).
     */
    public static Gradient gradient(ParametricVectorField field, Solution forward, double[][] outputCotangents,
                                    ErrorPenalty penalty) {
        StepTape tape = forward.tape();
        if (tape == null) {
            throw new IllegalArgumentException("backprop needs the recorded steps: solve with recordSteps enabled");
        }
        if (outputCotangents.length != tape.outputCount()) {
            throw new IllegalArgumentException("expected " + tape.outputCount() + " output cotangents, got "
                    + outputCotangents.length);
        }
        if (!forward.isSuccess()) {
            throw new IllegalArgumentException("cannot differentiate a failed solve: " + forward.message());
        }
        ButcherTableau tableau = tape.tableau();
        if (penalty != null && !tableau.isEmbedded()) {
            throw new IllegalArgumentException(tableau.name() + " has no error estimate to penalize");
        }
        int s = tableau.stages();
        int n = forward.lastState().length;
        double[] b = tableau.b();

        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau, field, n);
        double[][] stageInputs = new double[s][n];
        double[][] stageCotangents = new double[s][n];
        double[] stateCotangent = new double[n];
        double[] startCotangent = new double[n];
        double[] scratch = new double[n];
        double[] parameters = new double[field.parameterCount()];
        double[] weights = new double[s];
        double[] errorCotangent = penalty == null ? null : new double[n];
        double penaltyValue = 0;
        long vjps = 0;

        List<StepTape.Step> steps = tape.steps();
        for (int j = steps.size() - 1; j >= 0; j--) {
            StepTape.Step step = steps.get(j);
            double h = step.size();
            double t = step.startTime();
            double[] y0 = step.startState();
            stepper.recomputeStages(t, y0, h, stageInputs);

            // y1 = y0 + h Σ b_i k_i, and every output inside this step is y0 + h Σ w_i(θ) k_i.
            System.arraycopy(stateCotangent, 0, startCotangent, 0, n);
            for (int i = 0; i < s; i++) {
                double w = h * b[i];
                for (int q = 0; q < n; q++) {
                    stageCotangents[i][q] = w * stateCotangent[q];
                }
            }
            for (int o = 0; o < tape.outputCount(); o++) {
                double[] cot = outputCotangents[o];
                if (cot == null || tape.outputStep(o) != j) {
                    continue;
                }
                tableau.denseOutput().weights(tape.outputTheta(o), weights);
                for (int q = 0; q < n; q++) {
                    startCotangent[q] += cot[q];
                }
                for (int i = 0; i < s; i++) {
                    addScaled(stageCotangents[i], cot, h * weights[i]);
                }
            }
            if (penalty != null) {
                penaltyValue += addErrorCotangent(stepper, y0, h, penalty, errorCotangent, stageCotangents);
            }
            vjps += StageReverse.sweep(field, tableau, t, h, stageInputs, stageCotangents, null, startCotangent,
                    parameters, scratch);
            System.arraycopy(startCotangent, 0, stateCotangent, 0, n);
        }
        for (int o = 0; o < tape.outputCount(); o++) {
            if (outputCotangents[o] != null && tape.outputStep(o) == -1) {
                addScaled(stateCotangent, outputCotangents[o], 1.0);
            }
        }
        return new Gradient(stateCotangent, parameters, stepper.evaluations, vjps, ResultCode.SUCCESS,
                "backprop through " + steps.size() + " steps", penaltyValue);
    }

    /**
     * For one step with freshly recomputed stages: returns weight · EEst · |h| and adds its cotangent on the
     * stages, h e_i · ∂/∂err, to {@code stageCotangents}.
     */
    private static double addErrorCotangent(RungeKuttaStepper stepper, double[] y0, double h, ErrorPenalty penalty,
                                            double[] errorCotangent, double[][] stageCotangents) {
        ButcherTableau tableau = stepper.tableau;
        int n = y0.length;
        int s = tableau.stages();
        double[] e = tableau.errorWeights();
        double[] y1 = stepper.y1;
        stepper.combine(y0, h, tableau.b(), s, y1);
        double sum = 0;
        for (int q = 0; q < n; q++) {
            double err = 0;
            for (int i = 0; i < s; i++) {
                err += h * e[i] * stepper.k[i][q];
            }
            double scale = penalty.atol() + penalty.rtol() * Math.max(Math.abs(y0[q]), Math.abs(y1[q]));
            errorCotangent[q] = err / (scale * scale);
            sum += (err / scale) * (err / scale);
        }
        double ratio = Math.sqrt(sum / n);
        if (ratio == 0 || !Double.isFinite(ratio)) {
            return 0;
        }
        double factor = penalty.weight() * Math.abs(h) / (n * ratio);
        for (int i = 0; i < s; i++) {
            double w = h * e[i] * factor;
            if (w != 0) {
                addScaled(stageCotangents[i], errorCotangent, w);
            }
        }
        return penalty.weight() * ratio * Math.abs(h);
    }

    private static void addScaled(double[] target, double[] source, double factor) {
        for (int q = 0; q < target.length; q++) {
            target[q] += factor * source[q];
        }
    }
}
