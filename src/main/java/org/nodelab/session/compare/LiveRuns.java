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
        RunSeries.Builder b = new RunSeries.Builder();
        for (int i = 0; i < h.size(); i++) {
            boolean superseded = i + 1 < h.size() && h.iteration()[i + 1] <= h.iteration()[i];
            if (superseded || h.iteration()[i] <= b.lastIteration()) {
                continue;
            }
            // The live history keeps no wall time or step counts yet: NaN, so the series says it lacks them
            // (hasWallTime, has). The sessions work adds View.millis; once merged, pass h.millis()[i] / 1000 here.
            b.add(new RunSeries.Point(h.iteration()[i], Double.NaN, h.trainLoss()[i], h.testLoss()[i],
                    h.testAccuracy()[i], h.nfeForward()[i], h.nfeBackward()[i], Double.NaN, Double.NaN));
        }
        return b.build();
    }
}
