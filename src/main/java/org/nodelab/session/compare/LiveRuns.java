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

    /** The history's first {@code size} iterations as a series. */
    public static RunSeries series(TrainingHistory.View h) {
        RunSeries.Builder b = new RunSeries.Builder();
        for (int i = 0; i < h.size(); i++) {
            b.add(new RunSeries.Point(h.iteration()[i], h.seconds()[i], h.trainLoss()[i], h.testLoss()[i],
                    h.testAccuracy()[i], h.nfeForward()[i], h.nfeBackward()[i], h.accepted()[i], h.rejected()[i]));
        }
        return b.build();
    }
}
