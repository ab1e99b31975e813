package org.nodelab.app.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.io.SessionFile;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.train.Trainer;
import org.nodelab.train.data.Dataset;

/**
 * The cost panel's measurements of a live run on this machine, one at a time on their own thread so that the
 * FX thread never waits: the run's session hands over a copy of its run as it is now (taken on the trainer's
 * thread, so the weights are consistent), a fresh trainer is rebuilt from it (a saved run's from its model file),
 * and the engine's {@link DeploymentMeasurement} measures NFE
 * on the test set at batch B and t_f, t_vjp by micro-benchmark. A run is measured again only when it trained
 * further or the batch changed.
 */
final class CostMeasurements implements AutoCloseable {

    /** What was measured: a run at an iteration, for a batch. */
    record Key(String runId, int iteration, int batch) {
    }

    /** At normal priority: t_f is a timing, and a thread that gives way would time the trainers too. */
    private final WindowWorker worker = new WindowWorker("nodelab-cost-measure", false);
    private final Map<Key, CompletableFuture<DeploymentMeasurement>> done = new HashMap<>();
    private final int warmup;
    private final int calls;

    /** @param warmup, calls of each micro-benchmark (the engine's defaults in the window; fewer in tests) */
    CostMeasurements(int warmup, int calls) {
        this.warmup = warmup;
        this.calls = calls;
    }

    /** The measurement for this run as it is now at batch B: cached, under way, or started now. FX thread. */
    CompletableFuture<DeploymentMeasurement> measure(RunRow row, int batch) {
        ComparedRun run = row.run();
        Key key = new Key(run.id(), run.iterations(), batch);
        CompletableFuture<DeploymentMeasurement> known = done.get(key);
        if (known != null) {
            return known;
        }
        done.keySet().removeIf(k -> k.runId().equals(run.id()) && k.iteration() != run.iterations()
                && done.get(k).isDone());
        CompletableFuture<DeploymentMeasurement> next;
        if (row.live() != null) {
            // An in-memory copy of the run as it is now, taken on its trainer's thread (consistent weights).
            Dataset data = row.live().latest().data();
            next = row.live().session().copy().thenApplyAsync(copy -> measureCopy(copy, data, run, batch), worker);
        } else if (run.modelFile() != null) {
            next = CompletableFuture.supplyAsync(() -> measureSaved(run.modelFile(), run, batch), worker);
        } else {
            next = CompletableFuture.failedFuture(new IllegalStateException(
                    "a training log alone has no weights to measure: open it with its model file (LOG:MODEL)"));
        }
        done.put(key, next);
        return next;
    }

    /** The iteration at which {@link #latest} was measured, or −1 when there is none. */
    int latestIteration(String runId, int batch) {
        int at = -1;
        for (Map.Entry<Key, CompletableFuture<DeploymentMeasurement>> e : done.entrySet()) {
            Key k = e.getKey();
            if (k.runId().equals(runId) && k.batch() == batch && e.getValue().isDone()
                    && !e.getValue().isCompletedExceptionally()) {
                at = Math.max(at, k.iteration());
            }
        }
        return at;
    }

    /** The newest finished measurement of this run at batch B, at whatever iteration it was taken; or null. */
    DeploymentMeasurement latest(String runId, int batch) {
        DeploymentMeasurement best = null;
        int at = -1;
        for (Map.Entry<Key, CompletableFuture<DeploymentMeasurement>> e : done.entrySet()) {
            Key k = e.getKey();
            if (k.runId().equals(runId) && k.batch() == batch && e.getValue().isDone()
                    && !e.getValue().isCompletedExceptionally() && k.iteration() > at) {
                best = e.getValue().join();
                at = k.iteration();
            }
        }
        return best;
    }

    /** Why this run's measurement at batch B failed, or null when it did not (or is not done). */
    String problem(RunRow row, int batch) {
        CompletableFuture<DeploymentMeasurement> f = done.get(new Key(row.id(), row.run().iterations(), batch));
        if (f == null || !f.isCompletedExceptionally()) {
            return null;
        }
        try {
            f.join();
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getMessage() == null ? cause.toString() : cause.getMessage();
        } catch (java.util.concurrent.CancellationException e) {
            return "the measurement was cancelled";
        }
    }

    /** @param data the run's own data, needed again when it trained on an imported CSV */
    private DeploymentMeasurement measureCopy(SessionFile copy, Dataset data, ComparedRun run, int batch) {
        try (Trainer trainer = copy.needsImportedData() && data != null ? copy.resume(data) : copy.resume()) {
            return DeploymentMeasurement.measure(trainer, run, trainer.solverOptions(false), batch, warmup, calls);
        }
    }

    /** A saved run: its model file read back into a fresh trainer. */
    private DeploymentMeasurement measureSaved(Path file, ComparedRun run, int batch) {
        try {
            LoadedModel loaded = ModelFiles.load(file);
            try (Trainer trainer = new Trainer(loaded.config())) {
                double[] live = trainer.model().parameters();
                System.arraycopy(loaded.model().parameters(), 0, live, 0, live.length);
                trainer.model().parametersChanged();
                return DeploymentMeasurement.measure(trainer, run, trainer.solverOptions(false), batch, warmup, calls);
            } finally {
                loaded.model().close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the run's model could not be read back: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
