package org.nodelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nodelab.dynamics.Eigenvalue;
import org.nodelab.dynamics.Jacobians;
import org.nodelab.dynamics.Spectrum;
import org.nodelab.model.Knob;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.Method;
import org.nodelab.ode.OdeSolver;
import org.nodelab.ode.Solution;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Trainer;

/**
 * The sample notes quote numbers and make claims about the spectra; this test recomputes them from the shipped
 * models, so that a regenerated sample with a stale note fails the build. "Along the training trajectories"
 * means: {@value #POINTS} training points spread evenly over the training set, flowed from 0 to T with dopri5
 * at the model's tolerances, and linearized at 5 evenly spaced times (0, T/4, ..., T).
 */
class SampleNotesTest {

    static final int POINTS = 32;
    static final int TIMES = 5;

    record Flow(double meanTrace, double meanRe, double minRe, double maxRe, double positiveShare,
                double[] traces, double[] initial, double[] last, int[] labels, int stateDimension) {
    }

    static final Map<String, SampleModel> SAMPLES = new HashMap<>();
    static final Map<String, LoadedModel> MODELS = new HashMap<>();
    static final Map<String, Flow> FLOWS = new HashMap<>();

    @BeforeAll
    static void analyzeEverySample() throws Exception {
        for (SampleModel sample : SampleCatalog.builtIn()) {
            LoadedModel loaded = SampleCatalog.load(sample);
            SAMPLES.put(sample.id(), sample);
            MODELS.put(sample.id(), loaded);
            FLOWS.put(sample.id(), flow(loaded));
        }
    }

    @AfterAll
    static void close() {
        MODELS.values().forEach(m -> m.model().close());
    }

    private static Flow flow(LoadedModel loaded) {
        try (Trainer trainer = new Trainer(loaded.config())) {
            NeuralOdeModel model = trainer.model();
            System.arraycopy(loaded.model().parameters(), 0, model.parameters(), 0, model.parameterCount());
            model.parametersChanged();
            double[] features = trainer.data().train().features();
            int[] allLabels = trainer.data().train().labels();
            int n = allLabels.length;
            int d = trainer.data().featureDimension();
            int sd = model.stateDimension();
            double[] inputs = new double[POINTS * d];
            int[] labels = new int[POINTS];
            for (int i = 0; i < POINTS; i++) {
                int row = (int) ((long) i * n / POINTS);
                System.arraycopy(features, row * d, inputs, i * d, d);
                labels[i] = allLabels[row];
            }
            double[] start = new double[POINTS * sd];
            model.initialState(inputs, start);
            double[] times = OdeSolver.linspace(0, trainer.horizon(), 41);
            Solution s = OdeSolver.solve(model.field(), start, times, SolverOptions.of(Method.DOPRI5)
                    .withTolerances(loaded.config().solver().rtol(), loaded.config().solver().atol())
                    .withMaxSteps(10_000));
            assertThat(s.isSuccess()).isTrue();
            List<Double> traces = new ArrayList<>();
            double sumRe = 0;
            double minRe = Double.POSITIVE_INFINITY;
            double maxRe = Double.NEGATIVE_INFINITY;
            int count = 0;
            int positive = 0;
            for (int k = 0; k < TIMES; k++) {
                int sampleIndex = k * (times.length - 1) / (TIMES - 1);
                for (int p = 0; p < POINTS; p++) {
                    double[] point = Arrays.copyOfRange(s.states()[sampleIndex], p * sd, (p + 1) * sd);
                    double[][] j = Jacobians.at(model.field(), times[sampleIndex], point);
                    double trace = 0;
                    for (int i = 0; i < sd; i++) {
                        trace += j[i][i];
                    }
                    traces.add(trace);
                    for (Eigenvalue e : Spectrum.eigenvalues(j)) {
                        sumRe += e.re();
                        minRe = Math.min(minRe, e.re());
                        maxRe = Math.max(maxRe, e.re());
                        positive += e.re() > 1e-9 ? 1 : 0;
                        count++;
                    }
                }
            }
            double[] t = traces.stream().mapToDouble(Double::doubleValue).toArray();
            return new Flow(Arrays.stream(t).average().orElseThrow(), sumRe / count, minRe, maxRe,
                    positive / (double) count, t, start, s.finalState(), labels, sd);
        }
    }

    private static HistorySummary history(String id) {
        return MODELS.get(id).history();
    }

    private static long nfe(String id) {
        return Math.round(history(id).meanNfeForward());
    }

    private static String note(String id) {
        return SAMPLES.get(id).note();
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    @Test
    void everyQuotedAccuracyAndOwnNfeIsTheRecordedOne() {
        Pattern accuracy = Pattern.compile("(\\d+)% (test )?accuracy");
        Pattern nfe = Pattern.compile("about (\\d+) NFE per forward solve");
        for (String id : SAMPLES.keySet()) {
            Matcher a = accuracy.matcher(note(id));
            assertThat(a.find()).as(id + " quotes its accuracy").isTrue();
            do {
                assertThat(Long.parseLong(a.group(1))).as(id + " accuracy")
                        .isEqualTo(Math.round(100 * history(id).finalTestAccuracy()));
            } while (a.find());
            Matcher n = nfe.matcher(note(id));
            if (n.find()) {
                assertThat(Long.parseLong(n.group(1))).as(id + " NFE").isEqualTo(nfe(id));
            }
        }
    }

    @Test
    void nodeStretchesThePlaneAndLosesToAnode() {
        Flow node = FLOWS.get("node-circles");
        assertThat(note("node-circles")).contains("trace averages +" + fixed(node.meanTrace(), 1))
                .contains("about three in four eigenvalues have a positive real part")
                .contains("test loss, " + fixed(history("node-circles").finalTestLoss(), 2))
                .contains("over four times ANODE's");
        assertThat(node.positiveShare()).isBetween(0.7, 0.8);
        assertThat(history("node-circles").finalTestLoss()).isGreaterThan(4 * history("anode-circles").finalTestLoss());
        assertThat(history("node-circles").finalTestAccuracy()).isEqualTo(history("anode-circles").finalTestAccuracy());
    }

    @Test
    void anodeUsesItsExtraAxisAndCostsMoreNfe() {
        Flow anode = FLOWS.get("anode-circles");
        double[] mean = new double[2];
        int[] count = new int[2];
        for (int p = 0; p < POINTS; p++) {
            mean[anode.labels()[p]] += anode.last()[p * anode.stateDimension() + 2];
            count[anode.labels()[p]]++;
        }
        double gap = Math.abs(mean[0] / count[0] - mean[1] / count[1]);
        assertThat(gap).as("the classes end up apart along the third axis").isGreaterThan(1.0);
        assertThat(note("anode-circles"))
                .contains("test loss is " + fixed(history("anode-circles").finalTestLoss(), 3) + " against NODE's "
                        + fixed(history("node-circles").finalTestLoss(), 2))
                .contains("against NODE's " + nfe("node-circles") + ".");
        assertThat(nfe("anode-circles")).isGreaterThan(nfe("node-circles"));
    }

    @Test
    void momentumHoldsTheTraceAtMinusGammaTimesD() {
        for (String id : List.of("hbnode-circles", "ghbnode-spirals")) {
            NeuralOdeModel model = MODELS.get(id).model();
            double gamma = model.knob(Knob.DAMPING);
            int d = model.hiddenDimension();
            assertThat(-gamma * d).isEqualTo(-1.0);
            for (double trace : FLOWS.get(id).traces()) {
                assertThat(trace).as(id).isCloseTo(-gamma * d, within(1e-9));
            }
            assertThat(FLOWS.get(id).meanRe()).isCloseTo(-gamma / 2, within(1e-9));
        }
        assertThat(note("hbnode-circles")).contains("NODE's averages +" + fixed(FLOWS.get("node-circles").meanRe(), 2))
                .contains("against NODE's " + nfe("node-circles") + ".");
        assertThat(nfe("hbnode-circles")).isLessThan(nfe("node-circles"));
        assertThat(history("hbnode-circles").finalTestAccuracy())
                .isEqualTo(history("node-circles").finalTestAccuracy());
    }

    @Test
    void ghbnodeMovesNoCoordinateFurtherThanT() {
        Flow g = FLOWS.get("ghbnode-spirals");
        double horizon = MODELS.get("ghbnode-spirals").config().integrationTime();
        assertThat(horizon).isEqualTo(2.0);
        int d = MODELS.get("ghbnode-spirals").model().hiddenDimension();
        for (int p = 0; p < POINTS; p++) {
            for (int i = 0; i < d; i++) {
                int at = p * g.stateDimension() + i;
                assertThat(Math.abs(g.last()[at] - g.initial()[at])).isLessThanOrEqualTo(horizon);
            }
        }
    }

    @Test
    void sonodeHasNothingHoldingItsTrace() {
        assertThat(note("sonode-spirals"))
                .contains("trace averages +" + fixed(FLOWS.get("sonode-spirals").meanTrace(), 1));
    }

    @Test
    void antisymmetricEigenvaluesLieInTheStrip() {
        Flow a = FLOWS.get("antisymmetric-moons");
        double shift = MODELS.get("antisymmetric-moons").model().knob(Knob.GAMMA_SHIFT);
        assertThat(shift).isEqualTo(0.1);
        assertThat(a.minRe()).isGreaterThanOrEqualTo(-shift / 2 - 1e-12);
        assertThat(a.maxRe()).isLessThanOrEqualTo(0);
        assertThat(note("antisymmetric-moons"))
                .contains("between " + fixed(a.minRe(), 3).replace('-', '−') + " and "
                        + fixed(a.maxRe(), 3).replace('-', '−'))
                .contains("With " + MODELS.get("antisymmetric-moons").model().parameterCount() + " parameters");
    }

    @Test
    void hamiltonianFlowPreservesVolume() {
        Flow h = FLOWS.get("hamiltonian-circles");
        assertThat(h.minRe()).isCloseTo(0, within(1e-9));
        assertThat(h.maxRe()).isCloseTo(0, within(1e-9));
        for (double trace : h.traces()) {
            assertThat(trace).isCloseTo(0, within(1e-12));
        }
        LoadedModel loaded = MODELS.get("hamiltonian-circles");
        assertThat(loaded.config().solver().method()).isEqualTo(Method.VERLET);
        assertThat(nfe("hamiltonian-circles")).isEqualTo(21);
        assertThat(note("hamiltonian-circles")).contains("fixed 20 steps (21 NFE")
                .contains("With " + loaded.model().parameterCount() + " parameters and two extra dimensions");
        assertThat(loaded.config().model().augment()).isEqualTo(2);
    }
}
