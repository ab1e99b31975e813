package org.nodelab.session;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.nodelab.io.SessionFile;
import org.nodelab.io.ViewSettings;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/**
 * What other threads ask of a session's trainer. Each command is handled on the trainer's own thread, one at a
 * time and in the order they were sent, so they take effect at iteration boundaries and the trainer's state
 * needs no locks. Sealed: {@link ExperimentSession} handles every kind.
 */
sealed interface SessionCommand {

    /** Whether this still runs once the session is closing (queued work is skipped so that close is quick). */
    default boolean runsWhileClosing() {
        return false;
    }

    /** Called instead of handling when the session is closed; a command that promised an answer gives one. */
    default void refuse() {
    }

    /** Build the first model once the start gate opens. Always the first command. */
    record Load() implements SessionCommand {
    }

    /** Train until paused: one {@link Iterate} after another. */
    record Play() implements SessionCommand {
    }

    /**
     * One iteration of a playing run. Each one sends the next while the run still plays, so commands sent in
     * the meantime are handled in between.
     */
    record Iterate() implements SessionCommand {
    }

    record Pause() implements SessionCommand {
    }

    /** One iteration, then paused. */
    record Step() implements SessionCommand {
    }

    /** A fresh model and optimizer from the current config; paused. */
    record Reset() implements SessionCommand {
    }

    /** The newest config handed over since the last one was applied (configs coalesce before they get here). */
    record ApplyConfig(TrainingConfig config) implements SessionCommand {
    }

    /** Span the field slice with these components and redo the analysis now if the run is not playing. */
    record SetProjection(Projection projection) implements SessionCommand {
    }

    /**
     * Hand over the run as it is after the current iteration, as a session file would hold it but in memory
     * (config, trainer state, history): another thread can then rebuild the trainer and study it while this one
     * trains on. {@code done} fails with the reason when there is no run yet.
     */
    record Copy(CompletableFuture<SessionFile> done) implements SessionCommand {
        @Override
        public void refuse() {
            done.completeExceptionally(new IllegalStateException("the experiment was closed"));
        }

        void perform(Trainer trainer, TrainingHistory.View history) {
            if (trainer == null || history == null) {
                done.completeExceptionally(new IllegalStateException("the experiment did not start"));
                return;
            }
            try {
                done.complete(new SessionFile(trainer.config(), trainer.state(), history.record(),
                        ViewSettings.none(), null));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }
    }

    /**
     * Write the run as it is after the current iteration (a model file, a session file), by {@code writer};
     * {@code done} says where, or why not.
     */
    record Save(Path file, RunWriter writer, CompletableFuture<Path> done) implements SessionCommand {
        /** A save asked for just before closing still happens. */
        @Override
        public boolean runsWhileClosing() {
            return true;
        }

        @Override
        public void refuse() {
            done.completeExceptionally(new IllegalStateException("the experiment was closed"));
        }

        /** Writes the file from the trainer's state now; {@code done} completes either way. */
        void perform(Trainer trainer, TrainingHistory.View history) {
            try {
                if (trainer == null) {
                    throw new IllegalStateException("there is nothing to save: the experiment did not start");
                }
                writer.write(file, trainer, history);
                done.complete(file);
            } catch (java.io.IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }
    }

    /** Writes one kind of file from the trainer and the history, on the trainer's thread. */
    @FunctionalInterface
    interface RunWriter {
        void write(Path file, Trainer trainer, TrainingHistory.View history) throws java.io.IOException;
    }

    /** Free the model's native buffers and end; commands sent after this one are refused. */
    record Close() implements SessionCommand {
        @Override
        public boolean runsWhileClosing() {
            return true;
        }
    }
}
