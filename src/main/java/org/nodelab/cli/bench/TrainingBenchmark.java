package org.nodelab.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.model.NeuralOdeModels;
import org.nodelab.ode.Method;
import org.nodelab.train.DataConfig;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;
import org.nodelab.train.SolverConfig;
import org.nodelab.train.TrainingConfig;

/**
 * Training benchmarks, each measured side by side in one run: the HBNODE paper's comparison (NFE per
 * iteration and accuracy at an equal parameter budget), local regularization against none, and the default
 * demo's speed with the share of time inside the network's compute.
 */
public final class TrainingBenchmark {

    /** The families compared in Xia et al. (2021), HBNODE's paper. */
    static final List<String> PAPER_FAMILIES = List.of("node", "anode", "sonode", "hbnode", "ghbnode");

    private TrainingBenchmark() {
    }

    /** One training run's figures, averaged over its iterations. */
    public static Map<String, Object> run(TrainingConfig config, int iterations) {
        try (Trainer trainer = new Trainer(config)) {
            long nfeForward = 0;
            long nfeBackward = 0;
            double millis = 0;
            double trainingMillis = 0;
            double fieldMillis = 0;
            IterationMetrics last = null;
            String fault = null;
            int done = 0;
            for (int i = 0; i < iterations; i++) {
                IterationMetrics m = trainer.step();
                if (m.failed()) {
                    fault = m.fault();
                    break;
                }
                nfeForward += m.nfeForward();
                nfeBackward += m.nfeBackward();
                millis += m.millis();
                trainingMillis += m.trainingMillis();
                fieldMillis += m.fieldMillis();
                last = m;
                done++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", config.model().family().id());
            row.put("dataset", config.data().dataset());
            row.put("rtol", config.solver().rtol());
            row.put("width", config.model().width());
            row.put("parameters", trainer.model().parameterCount());
            row.put("iterations", done);
            row.put("nfeForward", done == 0 ? null : (double) nfeForward / done);
            row.put("nfeBackward", done == 0 ? null : (double) nfeBackward / done);
            row.put("testAccuracy", last == null ? null : last.testAccuracy());
            row.put("trainAccuracy", last == null ? null : last.trainAccuracy());
            row.put("iterationsPerSecond", millis == 0 ? null : done / (millis / 1000));
            row.put("trainingIterationsPerSecond", trainingMillis == 0 ? null : done / (trainingMillis / 1000));
            row.put("fieldShare", trainingMillis == 0 ? null : fieldMillis / trainingMillis);
            row.put("regularizer", config.regularizer().kind().id());
            row.put("lambda", config.regularizer().strength());
            if (fault != null) {
                row.put("fault", fault);
            }
            return row;
        }
    }

    /** The paper comparison on one dataset and tolerance, each family sized to about the same parameter count. */
    public static List<Map<String, Object>> paperComparison(String dataset, double tolerance, int iterations,
                                                            int budget, long seed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : PAPER_FAMILIES) {
            ModelFamily family = ModelFamilies.fromId(id);
            TrainingConfig config = demo(family, dataset, widthFor(family, dataset, budget), tolerance, seed);
            rows.add(run(config, iterations));
        }
        return rows;
    }

    /** Local regularization at λ against λ = 0, same everything else. */
    public static List<Map<String, Object>> localRegularization(ModelFamily family, String dataset, double lambda,
                                                                int iterations, long seed) {
        TrainingConfig base = demo(family, dataset, 32, 1e-3, seed);
        return List.of(run(base, iterations),
                run(base.withRegularizer(RegularizerKind.LOCAL_ERROR, lambda), iterations));
    }

    /** The default demo: HBNODE, two spirals, 512 points, width 32, dopri5 at 1e-3, adjoint. */
    public static TrainingConfig defaultDemo() {
        return demo(TrainingConfig.defaults().model().family(), "spirals", 32, 1e-3, 1);
    }

    static TrainingConfig demo(ModelFamily family, String dataset, int width, double tolerance, long seed) {
        return TrainingConfig.defaults()
                .withModel(ModelConfig.defaults(family, 2, 2).withWidth(width).withSeed(seed))
                .withData(new DataConfig(dataset, 512, 0.05, seed))
                .withSolver(new SolverConfig(Method.DOPRI5, tolerance, tolerance, 20_000));
    }

    /** The width whose parameter count is closest to the budget, for this family on this dataset. */
    static int widthFor(ModelFamily family, String dataset, int budget) {
        int inputs = dataset.equals("spheres") ? 3 : 2;
        int best = 4;
        long bestGap = Long.MAX_VALUE;
        for (int w = 4; w <= 128; w++) {
            ModelConfig c = ModelConfig.defaults(family, inputs, 2).withWidth(w);
            NeuralOdeModel m = NeuralOdeModels.create(c);
            long gap = Math.abs(m.parameterCount() - (long) budget);
            m.close();
            if (gap < bestGap) {
                bestGap = gap;
                best = w;
            }
        }
        return best;
    }
}
