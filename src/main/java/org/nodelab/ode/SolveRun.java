package org.nodelab.ode;

import java.util.Arrays;

/** Bookkeeping that every driver shares: outputs reached, step counts, step sizes and the optional tape. */
final class SolveRun {

    private final double[] times;
    private final double[][] outputs;
    private final StepTape tape;
    private int nextOutput;
    private int accepted;
    private int rejected;
    private double[] stepSizes = new double[64];

    SolveRun(double[] times, int n, StepTape tape) {
        this.times = times;
        this.outputs = new double[times.length][];
        this.tape = tape;
        for (int i = 0; i < times.length; i++) {
            outputs[i] = new double[n];
        }
    }

    void outputInitial(double[] y0) {
        System.arraycopy(y0, 0, outputs[0], 0, y0.length);
        if (tape != null) {
            tape.markOutput(0, -1, 0);
        }
        nextOutput = 1;
    }

    boolean done() {
        return nextOutput >= times.length;
    }

    double nextOutputTime() {
        return times[nextOutput];
    }

    double endTime() {
        return times[times.length - 1];
    }

    double[] nextOutputBuffer() {
        return outputs[nextOutput];
    }

    /** The output just written into {@link #nextOutputBuffer()} lies at fraction θ of the last accepted step. */
    void outputReached(double theta) {
        if (tape != null) {
            tape.markOutput(nextOutput, accepted - 1, theta);
        }
        nextOutput++;
    }

    void acceptStep(double t, double h, double[] y) {
        if (accepted == stepSizes.length) {
            stepSizes = Arrays.copyOf(stepSizes, accepted * 2);
        }
        stepSizes[accepted++] = h;
        if (tape != null) {
            tape.addStep(t, h, y);
        }
    }

    void rejectStep() {
        rejected++;
    }

    int steps() {
        return accepted + rejected;
    }

    int accepted() {
        return accepted;
    }

    Solution finish(ResultCode code, String message, double t, double[] y, long nfe) {
        SolveStatistics stats = new SolveStatistics(nfe, accepted, rejected, Arrays.copyOf(stepSizes, accepted));
        return new Solution(times.clone(), Arrays.copyOf(outputs, nextOutput), code, message, t, y.clone(), stats,
                tape);
    }
}
