package org.nodelab.cli.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nodelab.io.LoadedModel;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.LossGradient;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.DataPart;

/**
 * What the adjoint's error norm costs and buys on one saved model: the backward NFE of each norm at the model's
 * own tolerances, and how far each one's gradient is from the exact one. The exact gradient is taken as the
 * mixed-norm adjoint at rtol = atol = 1e-10 forward and backward, and checked against backprop at the same
 * tolerance (the two converge to the same number from different directions: optimise-then-discretise against
 * discretise-then-optimise), so the figure says how trustworthy the reference itself is.
 */
public final class AdjointNormBenchmark {

    /** Tight enough that the reference's own error is far below any norm's at the usual 1e-3. */
    public static final double REFERENCE_TOLERANCE = 1e-10;

    private AdjointNormBenchmark() {
    }

    /**
     * @param points the first this-many test points, as {@code nodelab gradient --points} takes them
     * @return figures by name, ready for JSON
     */
    public static Map<String, Object> measure(LoadedModel loaded, int points) throws IOException {
        TrainingConfig saved = loaded.config().withRegularizer(RegularizerKind.NONE, 0)
                .withGradient(GradientMethod.ADJOINT);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("family", saved.model().family().id());
        out.put("dataset", saved.data().dataset());
        out.put("solver", saved.solver().method().id());
        out.put("rtol", saved.solver().rtol());
        out.put("atol", saved.solver().atol());
        boolean adaptive = saved.solver().method().isAdaptive();
        if (!adaptive) {
            // Fixed steps take no error control: every norm takes the same steps and gives the same gradient.
            out.put("note", "fixed steps: the norm does not enter the backward solve");
        }
        TrainingConfig tight = saved.withSolver(s -> s.withTolerances(REFERENCE_TOLERANCE, REFERENCE_TOLERANCE)
                .withAdjointNorm(AdjointNorm.MIXED));
        LossGradient.Result reference = gradient(loaded, tight, points);
        LossGradient.Result backprop = gradient(loaded, tight.withGradient(GradientMethod.BACKPROP), points);
        out.put("points", points);
        out.put("referenceAgreement", relativeError(backprop.gradient(), reference.gradient()));
        Map<String, Object> byNorm = new LinkedHashMap<>();
        long mixedBackward = 0;
        long seminormBackward = 0;
        for (AdjointNorm norm : AdjointNorm.values()) {
            LossGradient.Result r = gradient(loaded, saved.withSolver(s -> s.withAdjointNorm(norm)), points);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("nfeForward", r.nfeForward());
            figures.put("nfeBackward", r.nfeBackward());
            if (adaptive) {
                figures.put("gradientError", relativeError(r.gradient(), reference.gradient()));
            }
            byNorm.put(norm.id(), figures);
            if (norm == AdjointNorm.MIXED) {
                mixedBackward = r.nfeBackward();
            } else if (norm == AdjointNorm.SEMINORM) {
                seminormBackward = r.nfeBackward();
            }
        }
        out.put("norms", byNorm);
        out.put("seminormSaving", mixedBackward == 0 ? 0.0 : 1.0 - (double) seminormBackward / mixedBackward);
        return out;
    }

    /** The loss gradient with the saved weights under another solver setting, on the first test points. */
    private static LossGradient.Result gradient(LoadedModel loaded, TrainingConfig config, int points) {
        try (Trainer trainer = new Trainer(config)) {
            System.arraycopy(loaded.model().parameters(), 0, trainer.model().parameters(), 0,
                    loaded.model().parameterCount());
            trainer.model().parametersChanged();
            DataPart test = trainer.data().test();
            int n = Math.min(points, test.size());
            double[] inputs = Arrays.copyOf(test.features(), n * test.featureDimension());
            int[] labels = Arrays.copyOf(test.labels(), n);
            LossGradient.Result r = LossGradient.compute(trainer.model(), inputs, labels, trainer.horizon(),
                    trainer.solverOptions(), config.gradient(), config.solver().adjointNorm());
            if (!r.isSuccess()) {
                throw new IllegalStateException(config.model().family().id() + ": " + r.problem());
            }
            return r;
        }
    }

    /** ‖g − reference‖ / ‖reference‖ over the whole parameter vector. */
    static double relativeError(double[] g, double[] reference) {
        double difference = 0;
        double size = 0;
        for (int i = 0; i < g.length; i++) {
            difference += (g[i] - reference[i]) * (g[i] - reference[i]);
            size += reference[i] * reference[i];
        }
        return size == 0 ? Math.sqrt(difference) : Math.sqrt(difference / size);
    }
}
