package org.nodelab.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A session file's JSON, field for field (schema in sample-models/FORMAT.md). The config and weights are a
 * whole model file's object under "model", read by {@link ModelFiles} with all its checks, so the two formats
 * never disagree about a setting; this adds what a model file does not keep. Fields are boxed so that a missing
 * one reads as null, which {@link JsonBinding#requireAll} names.
 */
@JsonPropertyOrder({"format", "schemaVersion", "model", "analysisEvery", "trainer", "history", "view",
        "exploration"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record SessionFileJson(String format, Integer schemaVersion, JsonNode model, Integer analysisEvery,
                       TrainerPart trainer, HistoryPart history, Map<String, Object> view,
                       ExplorationPart exploration) {

    @JsonPropertyOrder({"iteration", "optimizerSteps", "randomState", "optimizerMoments"})
    record TrainerPart(Integer iteration, Integer optimizerSteps, Long randomState, double[] optimizerMoments) {
    }

    /** One array per figure, a row per iteration; null where a figure is NaN (a failed iteration's losses). */
    @JsonPropertyOrder({"iteration", "trainLoss", "testLoss", "trainAccuracy", "testAccuracy", "nfeForward",
            "nfeBackward", "accepted", "rejected", "damping", "millis"})
    record HistoryPart(int[] iteration, List<Double> trainLoss, List<Double> testLoss, List<Double> trainAccuracy,
                       List<Double> testAccuracy, long[] nfeForward, long[] nfeBackward, int[] accepted,
                       int[] rejected, List<Double> damping, List<Double> millis) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"specification", "parameters", "center", "spread", "duration", "solver", "rtol", "atol",
            "projectionX", "projectionY"})
    record ExplorationPart(String specification, Map<String, Double> parameters, double[] center, Double spread,
                           Double duration, String solver, Double rtol, Double atol, Integer projectionX,
                           Integer projectionY) {
    }

    static HistoryPart history(RunHistory h) {
        return new HistoryPart(h.iteration(), boxed(h.trainLoss()), boxed(h.testLoss()), boxed(h.trainAccuracy()),
                boxed(h.testAccuracy()), h.nfeForward(), h.nfeBackward(), h.accepted(), h.rejected(),
                boxed(h.damping()), boxed(h.millis()));
    }

    static ExplorationPart exploration(SessionExploration e) {
        return e == null ? null : new ExplorationPart(e.specification(), e.parameters(), e.center(), e.spread(),
                e.duration(), e.solver(), e.rtol(), e.atol(), e.projectionX(), e.projectionY());
    }

    /** The history's rows; throws IllegalArgumentException naming the column and row that is wrong. */
    RunHistory runHistory(int iterationsDone) {
        HistoryPart h = history;
        int[] it = h.iteration();
        int previous = 0;
        for (int i = 0; i < it.length; i++) {
            // A failed iteration repeats the number of the one it tried, so the numbers only never go down.
            if (it[i] < 1 || it[i] < previous || it[i] > iterationsDone + 1) {
                throw new IllegalArgumentException("history.iteration[" + i + "] is " + it[i] + "; the numbers "
                        + "run from 1 without going down, to at most the trainer's iteration + 1 ("
                        + (iterationsDone + 1) + ")");
            }
            previous = it[i];
        }
        for (String column : List.of("nfeForward", "nfeBackward")) {
            long[] values = column.equals("nfeForward") ? h.nfeForward() : h.nfeBackward();
            for (int i = 0; i < values.length; i++) {
                if (values[i] < 0) {
                    throw new IllegalArgumentException("history." + column + "[" + i + "] is " + values[i]
                            + "; an evaluation count cannot be negative");
                }
            }
        }
        for (String column : List.of("accepted", "rejected")) {
            int[] values = column.equals("accepted") ? h.accepted() : h.rejected();
            for (int i = 0; i < values.length; i++) {
                if (values[i] < 0) {
                    throw new IllegalArgumentException("history." + column + "[" + i + "] is " + values[i]
                            + "; a step count cannot be negative");
                }
            }
        }
        return new RunHistory(it, unboxed("trainLoss", h.trainLoss()), unboxed("testLoss", h.testLoss()),
                unboxed("trainAccuracy", h.trainAccuracy()), unboxed("testAccuracy", h.testAccuracy()),
                h.nfeForward(), h.nfeBackward(), h.accepted(), h.rejected(), unboxed("damping", h.damping()), unboxed("millis", h.millis()));
    }

    SessionExploration sessionExploration() {
        ExplorationPart e = exploration;
        return e == null ? null : new SessionExploration(e.specification(), e.parameters(), e.center(), e.spread(),
                e.duration(), e.solver(), e.rtol(), e.atol(), e.projectionX(), e.projectionY());
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }

    private static double[] unboxed(String column, List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = values.get(i);
            out[i] = v == null ? Double.NaN : v;
            if (Double.isInfinite(out[i])) {
                throw new IllegalArgumentException("history." + column + "[" + i + "] is not finite");
            }
        }
        return out;
    }
}
