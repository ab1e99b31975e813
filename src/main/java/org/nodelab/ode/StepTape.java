package org.nodelab.ode;

import java.util.ArrayList;
import java.util.List;

/**
 * The accepted steps of one solve, enough to replay it: where each step started, its size and its starting
 * state, plus where each requested output fell (which step, and the fraction θ of it). Backprop recomputes
 * the stages from this instead of storing them, trading NFE for memory.
 */
public final class StepTape {

    /** One accepted step. {@code startState} is a private copy. */
    public record Step(double startTime, double size, double[] startState) {
    }

    private final ButcherTableau tableau;
    private final List<Step> steps = new ArrayList<>();
    private final int[] outputStep;
    private final double[] outputTheta;

    StepTape(ButcherTableau tableau, int outputs) {
        this.tableau = tableau;
        this.outputStep = new int[outputs];
        this.outputTheta = new double[outputs];
        java.util.Arrays.fill(outputStep, -1);
    }

    void addStep(double t, double h, double[] y) {
        steps.add(new Step(t, h, y.clone()));
    }

    void markOutput(int output, int step, double theta) {
        outputStep[output] = step;
        outputTheta[output] = theta;
    }

    public ButcherTableau tableau() {
        return tableau;
    }

    public List<Step> steps() {
        return java.util.Collections.unmodifiableList(steps);
    }

    /** Index of the step an output time fell in, or −1 when it is the initial time. */
    public int outputStep(int output) {
        return outputStep[output];
    }

    public double outputTheta(int output) {
        return outputTheta[output];
    }

    public int outputCount() {
        return outputStep.length;
    }
}
