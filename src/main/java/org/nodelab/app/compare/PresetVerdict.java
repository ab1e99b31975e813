package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.nodelab.io.SessionFile;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.reproduce.PlannedRun;
import org.nodelab.session.reproduce.Reproduction;
import org.nodelab.session.reproduce.ReproductionReport;
import org.nodelab.session.reproduce.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open preset's verdict, decided from the runs raced in the window exactly as {@code nodelab reproduce} decides
 * it from the runs it trains: once every planned run has finished, each session hands over a copy of its run
 * (config, trainer state, history), a fresh trainer is rebuilt from each on this class's own thread, and the
 * reproduction's {@link Reproduction#report} studies them (the momentum preset's tolerance sweep solves the test
 * set again). The FX thread only starts it and reads the outcome.
 */
final class PresetVerdict implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PresetVerdict.class);

    /** Where the verdict of the open preset stands. */
    enum Stage { NONE, RACING, STUDYING, DONE, FAILED }

    private final WindowWorker worker = new WindowWorker("nodelab-verdict", true);
    private long opening = -1;
    private Stage stage = Stage.NONE;
    private ReproductionReport report;
    private String failure;
    private long startedNanos;
    private double seconds = Double.NaN;

    /** Once per pulse on the FX thread: follows the model's preset and starts the study when the race is over. */
    void pulse(CompareModel model) {
        if (model.preset() == null) {
            opening = model.presetOpening();
            stage = Stage.NONE;
            report = null;
            return;
        }
        if (model.presetOpening() != opening) {
            opening = model.presetOpening();
            stage = Stage.RACING;
            report = null;
            failure = null;
            startedNanos = System.nanoTime();
            seconds = Double.NaN;
        }
        if (stage == Stage.RACING && model.missingPresetRun() != null) {
            stage = Stage.FAILED;
            failure = model.missingPresetRun() + " was removed, and the verdict rests on every planned run; open "
                    + "the preset again for one";
            return;
        }
        if (stage == Stage.RACING) {
            Optional<List<RunRow>> rows = model.finishedPresetRows();
            if (rows.isPresent()) {
                study(model.preset(), model.presetPlan(), rows.get());
            }
        }
    }

    Stage stage() {
        return stage;
    }

    /** The report once {@link Stage#DONE}, else null. */
    ReproductionReport report() {
        return report;
    }

    /** Why the study failed, once {@link Stage#FAILED}. */
    String failure() {
        return failure;
    }

    /** Seconds from the preset's opening to its verdict (NaN before): the "within 60 s". */
    double secondsToVerdict() {
        return seconds;
    }

    private void study(Reproduction preset, List<PlannedRun> plan, List<RunRow> rows) {
        stage = Stage.STUDYING;
        long mine = opening;
        List<CompletableFuture<SessionFile>> copies = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        for (RunRow r : rows) {
            copies.add(r.live().session().copy());
            SessionSnapshot s = r.live().latest();
            faults.add(s.state() == RunState.FAULTED ? "the run stopped: " + s.problem() : null);
        }
        CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new))
                .thenApplyAsync(v -> decide(preset, plan, copies, faults), worker)
                .whenComplete((decided, error) -> javafx.application.Platform.runLater(() -> {
                    if (mine != opening) {
                        return; // another preset was opened meanwhile
                    }
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        LOG.warn("no verdict for {}: {}", preset.id(), cause.toString());
                        failure = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                        stage = Stage.FAILED;
                    } else {
                        report = decided;
                        stage = Stage.DONE;
                        seconds = (System.nanoTime() - startedNanos) / 1e9;
                    }
                }));
    }

    /** On the worker: rebuild each run's trainer, let the reproduction decide, free the trainers. */
    private static ReproductionReport decide(Reproduction preset, List<PlannedRun> plan,
            List<CompletableFuture<SessionFile>> copies, List<String> faults) {
        List<RunResult> results = new ArrayList<>();
        try {
            for (int i = 0; i < plan.size(); i++) {
                SessionFile run = copies.get(i).join();
                double wall = Arrays.stream(run.history().millis()).sum();
                results.add(new RunResult(plan.get(i), run.resume(), run.history().metrics().stream()
                        .filter(m -> !m.failed()).toList(), faults.get(i),
                        Double.NaN, wall));
            }
            return preset.report(results);
        } finally {
            results.forEach(RunResult::close);
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
