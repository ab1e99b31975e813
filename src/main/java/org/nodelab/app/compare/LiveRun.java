package org.nodelab.app.compare;

import org.nodelab.session.ExperimentSession;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.train.TrainingConfig;

/**
 * A run of the compare window that trains while the window watches: its own {@link ExperimentSession}, so its
 * own trainer thread (ND4J is set to one thread per op, see model/Nd4jThreads, so N runs use N cores at most).
 * The window reads {@link #poll} once per pulse and never waits for the trainer.
 *
 * <p>A race has a finish line: the run is fed single steps, at most {@link #AHEAD} queued at a time, so it
 * stops at exactly {@code target} iterations (play-then-pause overshot by the iteration under way) and a pause
 * takes effect within two iterations. A run borrowed from the main window is only watched: the main window
 * drives and owns it.
 */
public final class LiveRun implements AutoCloseable {

    /** Steps queued ahead of the trainer: enough that it never idles between pulses, few enough to pause soon. */
    static final int AHEAD = 2;

    private final ExperimentSession session;
    private final boolean owned;
    private final int target;
    private boolean racing;
    /** Iterations asked for so far (counted from 0 at the start of the session). */
    private int requested;
    private long seenVersion = -1;
    private SessionSnapshot latest;

    private LiveRun(ExperimentSession session, boolean owned, int target) {
        this.session = session;
        this.owned = owned;
        this.target = target;
    }

    /**
     * A new session for {@code config}, trained to {@code iterations} when started. The compare window draws no
     * trajectories or spectra, so the session's analysis is switched off: each run's time goes to training.
     */
    public static LiveRun train(TrainingConfig config, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("a run needs at least one iteration, not " + iterations);
        }
        return new LiveRun(new ExperimentSession(config.withAnalysisEvery(Integer.MAX_VALUE)), true, iterations);
    }

    /** A session of the main window, watched but neither driven nor closed here. */
    public static LiveRun watch(ExperimentSession session) {
        return new LiveRun(session, false, Integer.MAX_VALUE);
    }

    public boolean owned() {
        return owned;
    }

    /** The iteration count it races to (for a watched run, none). */
    public int target() {
        return target;
    }

    public boolean racing() {
        return racing;
    }

    /** Starts or resumes the race; a watched run is played in its own window instead. */
    public void start() {
        if (owned && !finished()) {
            racing = true;
        }
    }

    public void pause() {
        racing = false;
    }

    /** Whether the run reached its iteration count, or cannot go on (a fault, a closed session). */
    public boolean finished() {
        SessionSnapshot s = latest != null ? latest : session.snapshot();
        return iterations(s) >= target || s.state() == RunState.FAULTED || s.state() == RunState.CLOSED;
    }

    /**
     * Takes the newest snapshot and feeds the race; call once per pulse on the FX thread.
     *
     * @return the newest snapshot if it is newer than the last one taken, else null
     */
    public SessionSnapshot poll() {
        SessionSnapshot s = session.snapshot();
        SessionSnapshot fresh = s.version() != seenVersion ? s : null;
        seenVersion = s.version();
        latest = s;
        if (racing) {
            feed(s);
        }
        return fresh;
    }

    private void feed(SessionSnapshot s) {
        int done = iterations(s);
        if (s.state() == RunState.FAULTED || s.state() == RunState.CLOSED || done >= target) {
            racing = false;
            return;
        }
        if (s.state() == RunState.LOADING) {
            return; // steps sent now would be handled once it is built; keep the count honest instead
        }
        requested = Math.max(requested, done);
        while (requested < target && requested - done < AHEAD) {
            session.step();
            requested++;
        }
    }

    /** The snapshot taken last (the session's own before the first poll). */
    public SessionSnapshot latest() {
        return latest != null ? latest : session.snapshot();
    }

    public ExperimentSession session() {
        return session;
    }

    /** The iterations a snapshot has trained (0 before the first). */
    public static int iterations(SessionSnapshot s) {
        return s.latest() == null ? 0 : s.latest().iteration();
    }

    /** Closes an owned session (its trainer thread ends); a watched one stays the main window's. */
    @Override
    public void close() {
        racing = false;
        if (owned) {
            session.close();
        }
    }
}
