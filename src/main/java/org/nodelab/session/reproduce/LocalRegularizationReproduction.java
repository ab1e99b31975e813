package org.nodelab.session.reproduce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nodelab.train.Evaluation;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.RegularizerConfig;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.RegularizerSchedule;
import org.nodelab.train.Trainer;

/**
 * Seed 001 (Pal et al. 2023, "Locally regularized neural differential equations"): penalizing the solver's
 * error estimate of one step at a random time makes the trained model cheaper to solve at about the same
 * accuracy. NODE on two spirals, each regularizer with λ decayed exponentially over the run as the paper does,
 * against no regularizer; then the trained models' test set solved at the training tolerance, NFE and wall time.
 */
public final class LocalRegularizationReproduction implements Reproduction {

    static final List<Integer> DEFAULT_SEEDS = List.of(1);
    static final int DEFAULT_ITERATIONS = 400;
    static final int DEFAULT_POINTS = 512;
    /** Prediction wall time is the fastest of this many test-set solves: on a shared machine the others wait. */
    static final int TIMING_REPEATS = 7;
    static final String PAL_2023 = "Pal, Edelman, Rackauckas, \"Locally regularized neural differential "
            + "equations: some black boxes were meant to remain closed!\", ICML 2023, abstract";
    static final String PAL_2021 = "Pal, Ma, Shah, Rackauckas, \"Opening the blackbox: accelerating neural "
            + "differential equations by regularizing internal solver heuristics\", ICML 2021, abstract";

    /** One regularized configuration: the kind and λ from start to end over the run. */
    record Arm(String label, RegularizerKind kind, double start, double end) {
    }

    static final List<Arm> ARMS = List.of(
            new Arm("none", RegularizerKind.NONE, 0, 0),
            new Arm("local", RegularizerKind.LOCAL_ERROR, 0.1, 0.001),
            new Arm("local", RegularizerKind.LOCAL_ERROR, 1, 0.01),
            new Arm("local-stiffness", RegularizerKind.LOCAL_STIFFNESS, 0.1, 0.001),
            new Arm("global-error (ERNODE)", RegularizerKind.GLOBAL_ERROR, 0.1, 0.001),
            new Arm("kinetic (RNODE)", RegularizerKind.KINETIC_JACOBIAN, 0.01, 0.0001));

    @Override
    public String id() {
        return "localreg";
    }

    @Override
    public String title() {
        return "Does local error regularization make prediction cheaper? (Pal et al. 2023)";
    }

    @Override
    public String claim() {
        return "Regularizing the solver's local error estimate at a random time cuts NFE to 0.556–0.733× and makes "
                + "prediction 1.3–2× faster at similar accuracy, without the cost of global regularizers "
                + "(Pal et al., ICML 2023).";
    }

    @Override
    public List<PlannedRun> plan(ReproductionOptions options) {
        int iterations = options.iterationsOr(DEFAULT_ITERATIONS);
        List<PlannedRun> runs = new ArrayList<>();
        for (Arm arm : ARMS) {
            String group = arm.kind() == RegularizerKind.NONE ? arm.label()
                    : String.format(Locale.ROOT, "%s, λ %s→%s", arm.label(), arm.start(), arm.end());
            for (int seed : options.seedsOr(DEFAULT_SEEDS)) {
                RegularizerConfig reg = new RegularizerConfig(arm.kind(), arm.start())
                        .withSchedule(RegularizerSchedule.exponentialDecay(arm.end(), iterations));
                runs.add(new PlannedRun(group + ", seed " + seed, group,
                        Presets.classifier("node", "spirals", options.pointsOr(DEFAULT_POINTS), seed)
                                .withRegularizer(reg), iterations));
            }
        }
        return runs;
    }

    @Override
    public List<PublishedFigure> published() {
        return List.of(
                new PublishedFigure("NFE ratio, regularized / unregularized (best)", "local, ODE and SDE tasks",
                        0.556, PAL_2023),
                new PublishedFigure("NFE ratio, regularized / unregularized (worst)", "local, ODE and SDE tasks",
                        0.733, PAL_2023),
                new PublishedFigure("prediction speed-up (low)", "local", 1.3, PAL_2023),
                new PublishedFigure("prediction speed-up (high)", "local", 2.0, PAL_2023),
                new PublishedFigure("prediction time ratio", "global error (ERNODE)", 0.5, PAL_2021));
    }

    @Override
    public ReproductionReport report(List<RunResult> results) {
        Map<String, List<RunResult>> groups = RunFigures.byGroup(results);
        List<double[]> figures = new ArrayList<>();
        for (List<RunResult> runs : groups.values()) {
            double[] f = new double[5];
            Map<RunResult, double[]> predictions = new java.util.IdentityHashMap<>();
            runs.forEach(r -> predictions.put(r, prediction(r.trainer())));
            f[0] = RunFigures.overSeeds(runs, RunFigures::finalAccuracy);
            f[1] = RunFigures.overSeeds(runs, r -> predictions.get(r)[0]);
            f[2] = RunFigures.overSeeds(runs, r -> predictions.get(r)[1]);
            f[3] = RunFigures.overSeeds(runs, r -> RunFigures.perIteration(r,
                    m -> m.nfeForward() + m.nfeBackward()));
            f[4] = RunFigures.overSeeds(runs, RunResult::cpuMillis) / 1000;
            figures.add(f);
        }
        double[] base = figures.get(0);
        List<Map<String, Object>> table = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<RunResult>> g : groups.entrySet()) {
            double[] f = figures.get(i++);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run", g.getKey());
            row.put("seeds", RunFigures.seeds(g.getValue()));
            row.put("testAccuracy", RunFigures.round(f[0], 3));
            row.put("predictionNfe", RunFigures.round(f[1], 1));
            row.put("predictionNfeRatio", RunFigures.round(RunFigures.ratio(f[1], base[1]), 3));
            row.put("predictionMs", RunFigures.round(f[2], 2));
            row.put("speedUp", RunFigures.round(RunFigures.ratio(base[2], f[2]), 2));
            row.put("trainNfePerIteration", RunFigures.round(f[3], 1));
            row.put("trainNfeRatio", RunFigures.round(RunFigures.ratio(f[3], base[3]), 3));
            row.put("cpuSeconds", RunFigures.round(f[4], 1));
            row.put("fault", RunFigures.faults(g.getValue()));
            table.add(row);
        }
        // The paper tunes λ; of our local arms the verdict takes the cheapest one within a point of accuracy, or
        // else the cheapest.
        List<String> names = new ArrayList<>(groups.keySet());
        int best = -1;
        for (int k = 0; k < ARMS.size(); k++) {
            if (ARMS.get(k).kind() != RegularizerKind.LOCAL_ERROR) {
                continue;
            }
            double[] f = figures.get(k);
            boolean within = (base[0] - f[0]) * 100 <= 1;
            if (best < 0) {
                best = k;
                continue;
            }
            double[] b = figures.get(best);
            boolean bestWithin = (base[0] - b[0]) * 100 <= 1;
            if ((within && !bestWithin) || (within == bestWithin && f[1] < b[1])) {
                best = k;
            }
        }
        double[] local = figures.get(best);
        double[] global = figures.get(ARMS.indexOf(ARMS.stream()
                .filter(a -> a.kind() == RegularizerKind.GLOBAL_ERROR).findFirst().orElseThrow()));
        double nfeRatio = RunFigures.ratio(local[1], base[1]);
        double speedUp = RunFigures.ratio(base[2], local[2]);
        double drop = (base[0] - local[0]) * 100;
        String subject = names.get(best) + " vs none, NODE, two spirals, dopri5 1e-3";
        List<PublishedFigure> p = published();
        List<Comparison> comparisons = List.of(new Comparison(nfeRatio, subject, p.get(0)),
                new Comparison(nfeRatio, subject, p.get(1)), new Comparison(speedUp, subject, p.get(2)),
                new Comparison(speedUp, subject, p.get(3)), new Comparison(RunFigures.ratio(global[2], base[2]),
                        "global-error vs none, NODE, two spirals", p.get(4)));
        String figuresText = String.format(Locale.ROOT, "prediction NFE ratio %.3f, accuracy %.3f vs %.3f "
                + "(%+.1f points), prediction %.2f× faster, training NFE ratio %.3f", nfeRatio, local[0], base[0],
                -drop, speedUp, RunFigures.ratio(local[3], base[3]));
        List<Verdict> verdicts = new ArrayList<>();
        boolean cheap = nfeRatio <= 0.6;
        boolean accurate = drop <= 1;
        verdicts.add(new Verdict("local (best λ: " + names.get(best) + "): prediction NFE ≤ 0.6× at no more than 1 "
                + "point of accuracy lost",
                cheap && accurate ? Verdict.HOLDS : (cheap || nfeRatio <= 0.733) && accurate ? Verdict.PARTLY
                        : Verdict.FAILS, figuresText + why(cheap, accurate, nfeRatio)));
        String timing = String.format(Locale.ROOT, "%.2f× at %.1f NFE against %.1f (fastest of %d test-set solves)",
                speedUp, local[1], base[1], TIMING_REPEATS);
        if (speedUp >= 1.3 && !(local[1] < base[1])) {
            verdicts.add(Verdict.of("local: prediction 1.3× faster or more", false, timing + "; faster wall time "
                    + "at no fewer NFE is the shared machine's load, not the model: NFE is the figure to trust here"));
        } else {
            verdicts.add(Verdict.of("local: prediction 1.3× faster or more", speedUp >= 1.3, timing
                    + (speedUp >= 1.3 ? "" : "; too few evaluations were saved for a 1.3× speed-up")));
        }
        return new ReproductionReport(id(), title(), claim(), table, Map.of(), comparisons, verdicts);
    }

    private static String why(boolean cheap, boolean accurate, double ratio) {
        if (cheap && accurate) {
            return "";
        }
        if (!accurate && ratio >= 1) {
            return "; with this λ schedule and iteration budget the penalty cost accuracy without making the "
                    + "trained model cheaper to solve";
        }
        if (!accurate) {
            return "; the penalty bought its saving with accuracy: the spirals' boundary needs a strongly bending "
                    + "flow, and a cheap flow bends less";
        }
        if (ratio >= 1) {
            return "; the regularized model is no cheaper to solve than the unregularized one at this λ schedule "
                    + "and iteration budget";
        }
        return String.format(Locale.ROOT, "; at %.3f the saving is %s the published 0.556–0.733× but short of the "
                + "0.6× aim", ratio,
                ratio <= 0.733 ? "inside" : "outside");
    }

    /** The test set solved at the training solver options: {NFE, median wall ms}. */
    static double[] prediction(Trainer trainer) {
        double[] millis = new double[TIMING_REPEATS];
        long nfe = 0;
        for (int k = 0; k < TIMING_REPEATS; k++) {
            long started = System.nanoTime();
            Evaluation e = trainer.evaluate(trainer.solverOptions(false));
            millis[k] = (System.nanoTime() - started) / 1e6;
            if (e.problem() != null) {
                return new double[] {Double.NaN, Double.NaN};
            }
            nfe = e.nfe();
        }
        Arrays.sort(millis);
        return new double[] {nfe, millis[0]};
    }
}
