package org.nodelab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.nodelab.io.SessionFiles;
import org.nodelab.train.Trainer;
import org.nodelab.session.compare.ComparedRun;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.CostEstimate;
import org.nodelab.session.compare.CostInputs;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.session.compare.NfeMeasurement;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.RunFigures;
import org.nodelab.session.compare.Savings;
import org.nodelab.session.compare.Timing;
import org.nodelab.session.compare.WhatIf;
import org.nodelab.train.TrainingConfig;

/**
 * {@code compare --cost}: each run's model opened the way {@code eval} opens it, its NFE and field timings
 * measured here, and its cost card and savings against the pinned run.
 *
 * @param costs    per run, null where its measurement failed
 * @param savings  per run against the pinned one, null for the pinned run and where a cost is missing
 * @param problem  null, or why a measurement stopped
 */
record CostReport(Map<String, Object> json, List<RunCost> costs, List<Savings> savings, String problem) {

    /** @param whatIf applied to the measured figures: the candidates' NFE and every run's field time scaled */
    static CostReport measure(Comparison comparison, CostInputs inputs, WhatIf whatIf,
                              UnaryOperator<TrainingConfig> deployment, int warmup, int calls) throws IOException {
        List<ComparedRun> runs = comparison.runs();
        int pinned = comparison.pinned();
        List<RunFigures> figures = new ArrayList<>();
        List<RunCost> costs = new ArrayList<>();
        List<Map<String, Object>> cards = new ArrayList<>();
        String problem = null;
        for (int r = 0; r < runs.size(); r++) {
            ComparedRun run = runs.get(r);
            DeploymentMeasurement m = measure(run, inputs.batch(), deployment, warmup, calls);
            RunFigures f = whatIf.of(m.figures(), r == pinned);
            figures.add(f);
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("name", run.name());
            card.put("nfe", nfe(m.nfe()));
            card.put("tf", timing(m.tf()));
            card.put("tfTrain", timing(m.tfTrain()));
            card.put("tvjpTrain", timing(m.tvjpTrain()));
            if (m.nfe().problem() != null) {
                problem = problem != null ? problem : run.name() + ": " + m.nfe().problem();
                card.put("problem", m.nfe().problem());
                costs.add(null);
            } else {
                RunCost c = CostEstimate.of(inputs, f);
                costs.add(c);
                card.putAll(CompareJson.runCost(c));
            }
            cards.add(card);
        }
        List<Savings> savings = new ArrayList<>();
        List<Map<String, Object>> savingsJson = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (i == pinned || costs.get(i) == null || costs.get(pinned) == null) {
                savings.add(null);
                continue;
            }
            Savings s = CostEstimate.against(inputs, figures.get(pinned), costs.get(pinned), figures.get(i),
                    costs.get(i));
            savings.add(s);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", runs.get(i).name());
            entry.put("against", runs.get(pinned).name());
            entry.putAll(CompareJson.savings(s));
            savingsJson.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inputs", CompareJson.inputs(inputs));
        if (!whatIf.isNone()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("candidateNfe", whatIf.candidateNfe());
            w.put("fieldTime", whatIf.fieldTime());
            w.put("provenance", "assumed: typed with --what-if-nfe / --what-if-tf; the reference's NFE is as "
                    + "measured");
            json.put("whatIf", w);
        }
        json.put("runs", cards);
        json.put("savings", savingsJson);
        return new CostReport(json, costs, savings, problem);
    }

    private static DeploymentMeasurement measure(ComparedRun run, int batch, UnaryOperator<TrainingConfig> deployment,
                                                 int warmup, int calls) throws IOException {
        if (run.modelFile() == null) {
            throw new IllegalArgumentException(run.name() + ": --cost needs the run's model file to measure it on");
        }
        if (run.config().data().dataset().startsWith(CsvSelection.PREFIX)) {
            throw new IllegalArgumentException(run.name() + " was trained on an imported CSV ("
                    + run.config().data().dataset().substring(CsvSelection.PREFIX.length()) + "); compare --cost "
                    + "measures runs on the built-in datasets, which it rebuilds from their seeds");
        }
        if (isSession(run)) {
            // A session carries its weights itself: the trainer where it was saved, at the deployment's solver.
            try (Trainer trainer = SessionFiles.read(run.modelFile()).resume()) {
                trainer.apply(deployment.apply(trainer.config()));
                return DeploymentMeasurement.measure(trainer, run, trainer.solverOptions(false), batch, warmup, calls);
            }
        }
        try (ScoredModel scored = ScoredModel.open(run.modelFile(), new CsvSelection(), deployment)) {
            return DeploymentMeasurement.measure(scored.trainer(), run, scored.trainer().solverOptions(false), batch,
                    warmup, calls);
        }
    }

    private static boolean isSession(ComparedRun run) throws IOException {
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(run.modelFile())) {
            char[] head = new char[512];
            int n = in.read(head);
            return n > 0 && new String(head, 0, n).contains("\"" + SessionFiles.FORMAT + "\"");
        }
    }

    private static Map<String, Object> nfe(NfeMeasurement n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", JsonOutput.number(n.mean()));
        m.put("p95", JsonOutput.number(n.p95()));
        m.put("max", n.max());
        m.put("batches", n.perBatch().length);
        m.put("points", n.points());
        m.put("batch", n.batch());
        m.put("testAccuracy", JsonOutput.number(n.accuracy()));
        m.put("method", n.method());
        m.put("rtol", n.rtol());
        m.put("atol", n.atol());
        m.put("provenance", "measured");
        m.put("detail", n.how());
        return m;
    }

    private static Map<String, Object> timing(Timing t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("medianSeconds", t.medianSeconds());
        m.put("p05Seconds", t.p05Seconds());
        m.put("p95Seconds", t.p95Seconds());
        m.put("calls", t.calls());
        m.put("warmup", t.warmup());
        m.put("batch", t.batch());
        m.put("provenance", "measured");
        m.put("detail", t.quantity(t.what()).provenance().detail());
        return m;
    }
}
