package org.nodelab.session;

import org.nodelab.io.SessionFile;
import org.nodelab.train.ConfigChange;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;

/**
 * Where a session's trainer comes from each time it is built: the config's fresh model, an opened model's
 * parameters, or a saved session's whole state (weights, optimizer, counters and history). Owned by the
 * trainer thread. A saved session is used once, by the first build; a reset or a restart after it starts
 * fresh, as it would in any run.
 */
final class RunOrigin {

    /** A dataset the user brought (CSV); null means the config's generated dataset. */
    private Dataset customData;
    /** Parameters to start from (an opened model file) instead of a fresh initialization; null for fresh. */
    private double[] startParameters;
    /** A saved session to resume at the next build; null once used (or when there is none). */
    private SessionFile saved;

    RunOrigin(Dataset data, double[] parameters, SessionFile saved) {
        this.customData = data;
        this.startParameters = parameters == null ? null : parameters.clone();
        this.saved = saved;
    }

    /** Forgets what no longer fits once the run restarts from {@code current} to {@code next}. */
    void restarting(TrainingConfig current, TrainingConfig next, ConfigChange change) {
        if (customData != null && !next.data().dataset().equals(current.data().dataset())) {
            customData = null;
        }
        if (startParameters != null && change.modelRebuilt()) {
            startParameters = null;
        }
    }

    /** A reset starts from fresh weights, never from the saved session's. */
    void resetting() {
        saved = null;
    }

    /** Whether the next build resumes a saved session (whose config then is the one to build). */
    SessionFile pendingSession() {
        return saved;
    }

    /**
     * Builds the trainer for {@code config}: the saved session's where it stood (once), or a new one from the
     * opened parameters or fresh ones.
     *
     * @throws IllegalArgumentException with a reason a user can read if it cannot be built
     */
    Trainer build(TrainingConfig config) {
        if (saved != null) {
            SessionFile resumed = saved;
            saved = null;
            return customData == null ? resumed.resume() : resumed.resume(customData);
        }
        Trainer trainer = customData == null ? new Trainer(config) : new Trainer(config, customData);
        if (startParameters != null) {
            double[] live = trainer.model().parameters();
            if (live.length != startParameters.length) {
                trainer.close();
                throw new IllegalArgumentException("the opened model has " + startParameters.length
                        + " parameters but this configuration builds " + live.length);
            }
            System.arraycopy(startParameters, 0, live, 0, live.length);
            trainer.model().parametersChanged();
        }
        return trainer;
    }
}
