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
        int s = tableau.stages();
        int n = forward.lastState().length;
        double[][] a = tableau.a();
        double[] b = tableau.b();
        double[] c = tableau.c();

        RungeKuttaStepper stepper = new RungeKuttaStepper(tableau, field, n);
        double[][] stageInputs = new double[s][n];
        double[][] stageCotangents = new double[s][n];
        double[] stateCotangent = new double[n];
        double[] inputCotangent = new double[n];
        double[] startCotangent = new double[n];
        double[] parameters = new double[field.parameterCount()];
        double[] weights = new double[s];
        long vjps = 0;

        List<StepTape.Step> steps = tape.steps();
        for (int j = steps.size() - 1; j >= 0; j--) {
            StepTape.Step step = steps.get(j);
            double h = step.size();
            double t = step.startTime();
            stepper.recomputeStages(t, step.startState(), h, stageInputs);

            // y1 = y0 + h Σ b_i k_i, and every output inside this step is y0 + h Σ w_i(θ) k_i.
            System.arraycopy(stateCotangent, 0, startCotangent, 0, n);
            for (int i = 0; i < s; i++) {
                scaleInto(stageCotangents[i], stateCotangent, h * b[i]);
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
            for (int i = s - 1; i >= 0; i--) {
                if (isZero(stageCotangents[i])) {
                    continue;
                }
                field.vectorJacobianProduct(t + c[i] * h, stageInputs[i], stageCotangents[i], inputCotangent,
                        parameters);
                vjps++;
                for (int q = 0; q < n; q++) {
                    startCotangent[q] += inputCotangent[q];
                }
                for (int l = 0; l < i; l++) {
                    if (a[i][l] != 0) {
                        addScaled(stageCotangents[l], inputCotangent, h * a[i][l]);
                    }
                }
            }
            System.arraycopy(startCotangent, 0, stateCotangent, 0, n);
        }
        for (int o = 0; o < tape.outputCount(); o++) {
            if (outputCotangents[o] != null && tape.outputStep(o) == -1) {
                addScaled(stateCotangent, outputCotangents[o], 1.0);
            }
        }
        return new Gradient(stateCotangent, parameters, stepper.evaluations, vjps, ResultCode.SUCCESS,
                "backprop through " + steps.size() + " steps");
    }

    private static void scaleInto(double[] target, double[] source, double factor) {
        for (int q = 0; q < target.length; q++) {
            target[q] = factor * source[q];
        }
    }

    private static void addScaled(double[] target, double[] source, double factor) {
        for (int q = 0; q < target.length; q++) {
            target[q] += factor * source[q];
        }
    }

    private static boolean isZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
