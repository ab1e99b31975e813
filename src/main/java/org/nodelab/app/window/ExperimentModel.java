package org.nodelab.app.window;

import java.util.concurrent.CompletableFuture;

import org.nodelab.app.views.common.Frame;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.ExplorationRequest;
import org.nodelab.session.ExplorationSnapshot;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.SystemExploration;
import org.nodelab.train.TrainingConfig;

/**
 * The window's state without its chrome: which experiment runs (a training session, or a system exploration),
 * which mode is shown, and which snapshot was last turned into the frame the views draw. It never waits on the
 * trainer: it only reads the newest snapshot.
 */
final class ExperimentModel {

    private ExperimentSession session;
    private SystemExploration exploration;
    private boolean exploring;
    private long renderedVersion = -1;
    private Object renderedSource;
    private Frame frame;
    private final ExperimentIdentity identity = new ExperimentIdentity();

    /** @param firstFrame completed once the window is on screen: the session waits for it before it loads ND4J */
    ExperimentModel(TrainingConfig initial, CompletableFuture<Void> firstFrame) {
        session = new ExperimentSession(initial, null, null, null, firstFrame);
    }

    ExperimentSession session() {
        return session;
    }

    boolean exploring() {
        return exploring;
    }

    /** The system exploration, started the first time it is asked for. */
    SystemExploration exploration() {
        if (exploration == null) {
            exploration = new SystemExploration(ExplorationRequest.defaults());
        }
        return exploration;
    }

    /** The explored system's request, or null if the user never explored one in this window. */
    ExplorationRequest explorationIfStarted() {
        return exploration == null ? null : exploration.snapshot().request();
    }

    /** The frame of the snapshot taken last, or null before the first. */
    Frame frame() {
        return frame;
    }

    void playPause() {
        if (exploring) {
            return;
        }
        if (session.snapshot().state() == RunState.RUNNING) {
            session.pause();
        } else {
            session.play();
        }
    }

    void stepOnce() {
        if (!exploring) {
            session.step();
        }
    }

    void reset() {
        if (!exploring) {
            session.reset();
        }
    }

    /** @return whether the mode changed; training pauses while a system is explored */
    boolean setExploring(boolean on) {
        if (on == exploring) {
            return false;
        }
        exploring = on;
        if (on) {
            session.pause();
        }
        renderedVersion = -1;
        return true;
    }

    /** Replaces the running session; the old one is closed off the FX thread (closing waits for its thread). */
    void replaceSession(ExperimentSession next) {
        ExperimentSession old = session;
        session = next;
        renderedVersion = -1;
        CompletableFuture.runAsync(old::close);
    }

    /** The session's newest snapshot if it has not been taken yet (its frame is then current), else null. */
    SessionSnapshot takeNewSession() {
        SessionSnapshot s = session.snapshot();
        if (s.version() == renderedVersion && renderedSource == session) {
            return null;
        }
        renderedVersion = s.version();
        renderedSource = session;
        int size = s.history() == null ? 0 : s.history().size();
        frame = Frame.of(s, identity.observe(session, s.data(), size, s.latest() == null, s.analysis()));
        return s;
    }

    /** The exploration's newest snapshot if it has not been taken yet (its frame is then current), else null. */
    ExplorationSnapshot takeNewExploration() {
        ExplorationSnapshot s = exploration().snapshot();
        if (s.version() == renderedVersion && renderedSource == exploration) {
            return null;
        }
        renderedVersion = s.version();
        renderedSource = exploration;
        frame = Frame.of(s, identity.observe(exploration, s.system(), -1, false, s.analysis()));
        return s;
    }

    /** Whether the newest snapshot of the running experiment has been taken (and so drawn, in the same pulse). */
    boolean renderedNewest() {
        long newest = exploring ? exploration().snapshot().version() : session.snapshot().version();
        return renderedVersion == newest;
    }

    /** The id of the system explored ("typed" for typed equations), or null. */
    String systemId() {
        if (exploration == null || exploration.snapshot().system() == null) {
            return null;
        }
        return exploration.snapshot().system().id();
    }

    void close() {
        session.close();
        if (exploration != null) {
            exploration.close();
        }
    }
}
