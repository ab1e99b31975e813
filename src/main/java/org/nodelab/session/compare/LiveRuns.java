package org.nodelab.session.compare;

import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.TrainingHistory;
import org.nodelab.train.TrainingConfig;

/**
 * Compared runs from live sessions in this process. A snapshot's history is immutable up to its size, so this
 * copies nothing the session may still change and can run on any thread; call it again with each new snapshot
 * (with the same id, so the run keeps its colour).
 */
public final class LiveRuns {

    private LiveRuns() {
    }

    /**
     * @param id    stable for the life of the session (e.g. the session's own id), not the window title
     */
    public static ComparedRun of(String id, String name, SessionSnapshot snapshot) {
        return of(id, name, snapshot.config(), snapshot.history());
    }

    public static ComparedRun of(String id, String name, TrainingConfig config, TrainingHistory.View history) {
        return new ComparedRun(id, name, config, series(history), history.summary(), "live", null);
    }

    /**
     * The history's first {@code size} entries as a series. A live history also records failed iterations,
     * and after a fault the same iteration is tried again: an entry followed by another of the same iteration
     * number is superseded and left out (a failed last entry stays, its losses NaN).
     */
    public static RunSeries series(TrainingHistory.View h) {
        return series(h.size(), i -> new RunSeries.Point(h.iteration()[i], h.millis()[i] / 1000, h.trainLoss()[i],
                h.testLoss()[i], h.testAccuracy()[i], h.nfeForward()[i], h.nfeBackward()[i], h.accepted()[i],
                h.rejected()[i]));
    }

    /** The same rule for any history read entry by entry (a live one, or one saved in a session file). */
    static RunSeries series(int size, java.util.function.IntFunction<RunSeries.Point> entry) {
        RunSeries.Builder b = new RunSeries.Builder();
        RunSeries.Point next = size > 0 ? entry.apply(0) : null;
        for (int i = 0; i < size; i++) {
            RunSeries.Point p = next;
            next = i + 1 < size ? entry.apply(i + 1) : null;
            boolean superseded = next != null && next.iteration() <= p.iteration();
            if (superseded || p.iteration() <= b.lastIteration()) {
                continue;
            }
            b.add(p);
        }
        return b.build();
    }
}
