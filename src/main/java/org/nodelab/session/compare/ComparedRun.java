package org.nodelab.session.compare;

import java.util.Objects;
import org.nodelab.io.HistorySummary;
import org.nodelab.train.TrainingConfig;

/**
 * One run in a comparison: where it came from, its configuration and its per-iteration series. Immutable; a
 * live run is compared as a new ComparedRun per snapshot, with the same id.
 *
 * @param id       stable across openings of the same run (a digest of its files, or the live session's id): it
 *                 picks the run's colour, so a run keeps its colour wherever it is opened
 * @param name     what the legend and the table call it
 * @param series   every iteration's figures; empty for a model file opened without its log
 * @param summary  the figures saved with the model (last iteration, mean NFE), or null; the diff table falls
 *                 back on it when the series is empty
 * @param origin   where it came from, in words: the file names, or "live"
 * @param modelFile the model file holding the run's parameters, to measure its cost on; null for a live run
 */
public record ComparedRun(String id, String name, TrainingConfig config, RunSeries series, HistorySummary summary,
                          String origin, java.nio.file.Path modelFile) {

    public ComparedRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a compared run needs an id and a name");
        }
    }

    /** The run's own colour, 0 .. {@link RunColours#PALETTE_SIZE} − 1, from its id alone. */
    public int colourIndex() {
        return RunColours.stableIndex(id);
    }

    public ComparedRun withName(String newName) {
        return new ComparedRun(id, newName, config, series, summary, origin, modelFile);
    }

    /** Forward NFE per training iteration, mean over the run: from the series, else the saved summary; or NaN. */
    public double meanNfeForward() {
        return meanNfe(Metric.NFE_FORWARD);
    }

    /** Backward NFE per training iteration, mean over the run, likewise. */
    public double meanNfeBackward() {
        return meanNfe(Metric.NFE_BACKWARD);
    }

    private double meanNfe(Metric m) {
        if (!series.isEmpty()) {
            double sum = 0;
            for (int i = 0; i < series.size(); i++) {
                sum += series.value(m, i);
            }
            return sum / series.size();
        }
        if (summary == null || summary.iterations() == 0) {
            return Double.NaN;
        }
        return m == Metric.NFE_FORWARD ? summary.meanNfeForward() : summary.meanNfeBackward();
    }

    /** Iterations trained: the series' last, else the saved summary's. */
    public int iterations() {
        if (!series.isEmpty()) {
            return series.lastIteration();
        }
        return summary == null ? 0 : summary.iterations();
    }
}
