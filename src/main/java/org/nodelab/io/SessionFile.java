package org.nodelab.io;

import org.nodelab.train.Trainer;
import org.nodelab.train.TrainerState;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.Dataset;

/**
 * A saved run, read back by {@link SessionFiles#read}: the config it trained under, where its trainer stood,
 * every iteration's figures, how the window showed it, and the system explored beside it (or null).
 */
public record SessionFile(TrainingConfig config, TrainerState state, RunHistory history, ViewSettings view,
                          SessionExploration exploration) {

    /** How a run trained on an imported CSV names its dataset ({@code csv:name}); the file holds no rows. */
    public static final String CSV_PREFIX = "csv:";

    public SessionFile {
        if (config == null || state == null || history == null || view == null) {
            throw new IllegalArgumentException("a session needs its config, trainer state, history and view");
        }
    }

    /** Whether the run trained on an imported CSV, which {@link #resume(Dataset)} then needs again. */
    public boolean needsImportedData() {
        return config.data().dataset().startsWith(CSV_PREFIX);
    }

    /**
     * A trainer where the saved one stood, on the config's generated dataset: its next iterations give the
     * losses the saved run's would have. The caller closes it.
     *
     * @throws ModelFileException if the run trained on an imported CSV (use {@link #resume(Dataset)})
     */
    public Trainer resume() {
        if (needsImportedData()) {
            throw new ModelFileException("this session trained on the imported " + config.data().dataset()
                    .substring(CSV_PREFIX.length()) + ", which a session file does not hold; give that CSV again");
        }
        return restored(new Trainer(config));
    }

    /** A trainer where the saved one stood, on {@code data} (the imported CSV the run trained on). */
    public Trainer resume(Dataset data) {
        return restored(new Trainer(config, data));
    }

    private Trainer restored(Trainer trainer) {
        try {
            trainer.restore(state);
            return trainer;
        } catch (IllegalArgumentException e) {
            trainer.close();
            throw new ModelFileException("the session does not fit its model: " + e.getMessage(), e);
        }
    }
}
