package org.nodelab.session.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nodelab.dynamics.Eigenvalue;
import org.nodelab.dynamics.Jacobians;
import org.nodelab.dynamics.Spectrum;
import org.nodelab.model.Knob;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Method;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.data.DataPart;

/**
 * Seed 002 (Haber and Ruthotto 2017, "Stable architectures for deep neural networks"): a ResNet is forward
 * Euler on y' = f(y, t), so a plain field whose Jacobian has eigenvalues with positive real part blows its
 * signal up with depth (and a negative one damps it away), while an antisymmetric field (Re λ(K) = −γ/2) or a
 * Hamiltonian one keeps it bounded. The three are trained on two spirals as 20-layer Euler ResNets (T = 1,
 * h = 0.05, backprop through the steps, as a ResNet is trained); each trained field is then run as a deeper ResNet, more layers at the same h, and the gradient's
 * norm is followed back through every layer.
 */
public final class StableReproduction implements Reproduction {

    static final List<String> FAMILIES = List.of("node", "antisymmetric", "hamiltonian");
    static final List<Integer> DEFAULT_SEEDS = List.of(1);
    static final int DEFAULT_ITERATIONS = 300;
    static final int DEFAULT_POINTS = 512;
    /** The trainer takes 20 fixed steps over T = 1. */
    static final double STEP = 1.0 / 20;
    static final int[] DEPTHS = {20, 80, 320, 1280};
    /** A backward gain outside [1/BOUND, BOUND] at the deepest ResNet counts as vanished or exploded. */
    static final double BOUND = 100;
    static final int SPECTRUM_POINTS = 32;
    static final String HABER = "Haber and Ruthotto, \"Stable architectures for deep neural networks\", Inverse "
            + "Problems 34 (2018), arXiv 1705.03341, Sec. 3";

    @Override
    public String id() {
        return "stable";
    }

    @Override
    public String title() {
        return "Stable architectures as deep Euler ResNets (Haber and Ruthotto 2017)";
    }

    @Override
    public String claim() {
        return "A ResNet is forward Euler: a plain layer's signal explodes or vanishes with depth unless its "
                + "Jacobian's eigenvalues have real parts near 0, which antisymmetric weights (Re λ(K) = −γ/2) and "
                + "Hamiltonian networks guarantee (Haber and Ruthotto 2017).";
    }

    @Override
    public List<PlannedRun> plan(ReproductionOptions options) {
        int iterations = options.iterationsOr(DEFAULT_ITERATIONS);
        List<PlannedRun> runs = new ArrayList<>();
        for (String family : FAMILIES) {
            String group = family.equals("node") ? "plain MLP (NODE)" : family;
            for (int seed : options.seedsOr(DEFAULT_SEEDS)) {
                runs.add(new PlannedRun(group + ", seed " + seed, group,
                        Presets.classifier(family, "spirals", options.pointsOr(DEFAULT_POINTS), seed)
                                .withSolver(s -> s.withMethod(Method.EULER))
                                .withGradient(GradientMethod.BACKPROP), iterations));
            }
        }
        return runs;
    }

    @Override
    public List<PublishedFigure> published() {
        double gamma = Presets.classifier("antisymmetric", "spirals", DEFAULT_POINTS, 1).model().gammaShift();
        return List.of(
                new PublishedFigure("Re λ(K), K = ½(W − Wᵀ − γI), every eigenvalue (= −γ/2)",
                        String.format(Locale.ROOT, "antisymmetric, γ = %s", gamma), -gamma / 2, HABER),
                new PublishedFigure("max Re λ of the layer Jacobian for a stable deep ResNet (≈ 0)",
                        "antisymmetric and Hamiltonian", 0, HABER));
    }

    @Override
    public ReproductionReport report(List<RunResult> results) {
        Map<String, List<RunResult>> groups = RunFigures.byGroup(results);
        List<Map<String, Object>> table = new ArrayList<>();
        List<Map<String, Object>> profile = new ArrayList<>();
        Map<String, Double> deepestGain = new LinkedHashMap<>();
        Map<String, Double> growth = new LinkedHashMap<>();
        Map<String, Double> maxRe = new LinkedHashMap<>();
        for (Map.Entry<String, List<RunResult>> g : groups.entrySet()) {
            RunResult first = g.getValue().get(0);
            NeuralOdeModel model = first.trainer().model();
            DataPart test = first.trainer().data().test();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run", g.getKey());
            row.put("seeds", RunFigures.seeds(g.getValue()));
            row.put("testAccuracy", RunFigures.round(RunFigures.overSeeds(g.getValue(), RunFigures::finalAccuracy), 3));
            double re = maxRealPart(model, test);
            maxRe.put(g.getKey(), re);
            row.put("maxReλ(∂f/∂y)", RunFigures.round(re, 3));
            DeepEulerSignal deepest = null;
            double previous = Double.NaN;
            for (int depth : DEPTHS) {
                deepest = DeepEulerSignal.of(model, test.features(), test.labels(), depth, STEP);
                row.put("gradGain L=" + depth, sci(deepest.backwardGain()));
                if (depth == DEPTHS[DEPTHS.length - 1]) {
                    growth.put(g.getKey(), Math.log(deepest.backwardGain() / previous)
                            / (depth - DEPTHS[DEPTHS.length - 2]));
                }
                previous = deepest.backwardGain();
            }
            row.put("fwdGain L=" + DEPTHS[DEPTHS.length - 1], sci(deepest.forwardGain()));
            deepestGain.put(g.getKey(), deepest.backwardGain());
            table.add(row);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("run", g.getKey());
            int layers = deepest.layers();
            for (int l : new int[] {layers, 3 * layers / 4, layers / 2, layers / 4, layers / 8, 0}) {
                p.put("‖a_" + l + "‖", sci(deepest.gradientNorms()[l]));
            }
            profile.add(p);
        }
        List<Map<String, Object>> kTable = new ArrayList<>();
        double worstOffset = Double.NaN;
        double gamma = Double.NaN;
        for (Map.Entry<String, List<RunResult>> g : groups.entrySet()) {
            if (!g.getKey().equals("antisymmetric")) {
                continue;
            }
            NeuralOdeModel model = g.getValue().get(0).trainer().model();
            gamma = model.knob(Knob.GAMMA_SHIFT);
            List<Eigenvalue> eigen = Spectrum.eigenvalues(matrixK(model, gamma));
            double maxK = eigen.stream().mapToDouble(Eigenvalue::re).max().orElse(Double.NaN);
            double minK = eigen.stream().mapToDouble(Eigenvalue::re).min().orElse(Double.NaN);
            double g2 = gamma / 2;
            worstOffset = eigen.stream().mapToDouble(e -> Math.abs(e.re() + g2)).max().orElse(Double.NaN);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("γ", gamma);
            row.put("max Re λ(K)", maxK);
            row.put("min Re λ(K)", minK);
            row.put("−γ/2", -g2);
            row.put("max |Re λ + γ/2|", worstOffset);
            kTable.add(row);
        }
        Map<String, List<Map<String, Object>>> extra = new LinkedHashMap<>();
        extra.put("gradient norm by layer, deepest ResNet (L = " + DEPTHS[DEPTHS.length - 1] + ", h = " + STEP
                + "), from the last layer back to the first", profile);
        extra.put("antisymmetric weights: the spectrum of the trained K", kTable);
        List<PublishedFigure> p = published();
        List<Comparison> comparisons = new ArrayList<>();
        if (!kTable.isEmpty()) {
            comparisons.add(new Comparison((Double) kTable.get(0).get("max Re λ(K)"), "trained antisymmetric K, "
                    + "spirals", p.get(0)));
        }
        for (Map.Entry<String, Double> e : maxRe.entrySet()) {
            if (!e.getKey().startsWith("plain")) {
                comparisons.add(new Comparison(e.getValue(), e.getKey() + ", trained on spirals", p.get(1)));
            }
        }
        return new ReproductionReport(id(), title(), claim(), table, extra, comparisons,
                List.of(depthVerdict(deepestGain, growth, maxRe), kVerdict(worstOffset, gamma)));
    }

    private static Verdict depthVerdict(Map<String, Double> gains, Map<String, Double> growth,
                                        Map<String, Double> maxRe) {
        String aim = String.format(Locale.ROOT, "at depth %d the plain MLP's gradient gain ‖a_0‖/‖a_L‖ leaves "
                + "[1/%.0f, %.0f] while the antisymmetric and Hamiltonian ones stay inside",
                DEPTHS[DEPTHS.length - 1], BOUND, BOUND);
        boolean plainUnbounded = false;
        boolean stableBounded = true;
        StringBuilder why = new StringBuilder();
        for (Map.Entry<String, Double> e : gains.entrySet()) {
            double gain = e.getValue();
            boolean bounded = gain >= 1 / BOUND && gain <= BOUND;
            if (e.getKey().startsWith("plain")) {
                plainUnbounded = !bounded;
            } else {
                stableBounded &= bounded;
            }
            why.append(why.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s: gain %s, growing "
                    + "%.2e per layer over the last %d layers, max Re λ %.3f", e.getKey(), sci(gain),
                    growth.get(e.getKey()), DEPTHS[DEPTHS.length - 1] - DEPTHS[DEPTHS.length - 2],
                    maxRe.get(e.getKey())));
        }
        String plain = gains.keySet().stream().filter(k -> k.startsWith("plain")).findFirst().orElse(null);
        boolean outgrown = false;
        for (Map.Entry<String, Double> e : growth.entrySet()) {
            if (plain != null && !e.getKey().equals(plain) && e.getValue() > growth.get(plain)) {
                outgrown = true;
                why.append("; but ").append(e.getKey()).append("'s gradient grows faster per layer than the plain "
                        + "one's here and would leave the bound further down: ").append(e.getKey().equals("hamiltonian")
                        ? "forward Euler on eigenvalues on the imaginary axis grows by |1 + hλ| > 1 per layer, which "
                        + "is why Haber and Ruthotto step this network with leapfrog (Verlet), not Euler"
                        : "forward Euler is stable on λ = −γ/2 ± iω only for h ≤ γ/(γ²/4 + ω²), and at h = " + STEP
                        + " the trained K's larger ω break that bound");
            }
        }
        if (!plainUnbounded) {
            why.append("; the trained plain field's eigenvalues stay close enough to the imaginary axis over this "
                    + "depth that its signal does not leave the bound");
        }
        if (!stableBounded) {
            why.append("; forward Euler is not exactly stable on purely imaginary eigenvalues (|1 + hλ| > 1), "
                    + "so a stable field's signal can still grow slowly at a fixed h");
        }
        String outcome = plainUnbounded && stableBounded && !outgrown ? Verdict.HOLDS
                : plainUnbounded || stableBounded ? Verdict.PARTLY : Verdict.FAILS;
        return new Verdict(aim, outcome, why.toString());
    }

    private static Verdict kVerdict(double worstOffset, double gamma) {
        String aim = "every eigenvalue of the trained antisymmetric K has Re λ = −γ/2";
        if (Double.isNaN(worstOffset)) {
            return Verdict.of(aim, false, "no antisymmetric run to check");
        }
        return Verdict.of(aim, worstOffset < 1e-9, String.format(Locale.ROOT, "max |Re λ + γ/2| = %.1e at γ = %s",
                worstOffset, gamma));
    }

    /** The largest real part of ∂f/∂y over the first test points' initial states, at t = 0. */
    static double maxRealPart(NeuralOdeModel model, DataPart test) {
        int n = Math.min(SPECTRUM_POINTS, test.size());
        int dim = model.stateDimension();
        double[] start = new double[n * dim];
        double[] inputs = java.util.Arrays.copyOf(test.features(), n * test.featureDimension());
        model.initialState(inputs, start);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] point = java.util.Arrays.copyOfRange(start, i * dim, (i + 1) * dim);
            for (Eigenvalue e : Spectrum.eigenvalues(Jacobians.at(model.field(), 0, point))) {
                max = Math.max(max, e.re());
            }
        }
        return max;
    }

    /** K = ½(W − Wᵀ − γI) from the field's first block, W (d × d, row-major). */
    static double[][] matrixK(NeuralOdeModel model, double gamma) {
        int d = model.hiddenDimension();
        double[] w = model.parameters();
        double[][] k = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                k[i][j] = 0.5 * (w[i * d + j] - w[j * d + i] - (i == j ? gamma : 0));
            }
        }
        return k;
    }

    private static String sci(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3g", x) : "overflow";
    }
}
