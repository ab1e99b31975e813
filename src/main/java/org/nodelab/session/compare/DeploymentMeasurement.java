package org.nodelab.session.compare;

import java.util.Locale;
import org.nodelab.model.NeuralOdeModel;
import org.nodelab.ode.SolverOptions;
import org.nodelab.train.Trainer;

/**
 * Everything a run's cost card measures here, on a trainer holding the run's parameters: the NFE per batch of
 * B on the test set, t_f at B, and t_f and t_vjp at the training batch. The training NFE per iteration comes
 * from the run's own series (measured while it trained).
 */
public record DeploymentMeasurement(NfeMeasurement nfe, Timing tf, Timing tfTrain, Timing tvjpTrain,
                                    RunFigures figures) {

    /** Warm-up and timed calls of the default micro-benchmark (next-features.md C.1: ≥ 200 timed calls). */
    public static final int WARMUP = 50;
    public static final int CALLS = 200;

    /**
     * @param options  the deployment solver: {@code trainer.solverOptions(false)} for the run's own tolerance
     */
    public static DeploymentMeasurement measure(Trainer trainer, ComparedRun run, SolverOptions options, int batch,
                                                int warmup, int calls) {
        NfeMeasurement nfe = NfeMeasurement.measure(trainer, options, batch);
        NeuralOdeModel model = trainer.model();
        Timing tf = FieldBenchmark.evaluation(model.field(), state(trainer, batch), warmup, calls);
        int trainBatch = trainer.config().optimizer().batchSize() == 0 ? trainer.data().train().size()
                : Math.min(trainer.config().optimizer().batchSize(), trainer.data().train().size());
        double[] trainState = state(trainer, trainBatch);
        // One sample gives both: each timed round evaluates, then takes the VJP at that point, as the adjoint does.
        FieldBenchmark.Pair train = FieldBenchmark.evaluationAndVectorJacobianProduct(model.field(), trainState,
                warmup, calls);
        Timing tfTrain = train.evaluation();
        Timing tvjp = train.vectorJacobianProduct();
        RunSeries s = run.series();
        // Each number is named with its run: a savings line rests on two runs' t_f, which must not read alike.
        String of = run.name() + ": ";
        Quantity iterations = null;
        Quantity trainF = null;
        Quantity trainB = null;
        if (!s.isEmpty()) {
            String how = String.format(Locale.ROOT, "measured while training: mean over the %d logged iterations "
                    + "(%s)", s.size(), run.origin());
            iterations = Quantity.measured(of + "iterations", s.size(), "", "iterations logged (" + run.origin()
                    + ")");
            trainF = Quantity.measured(of + "NFE_F per iteration", mean(s, Metric.NFE_FORWARD), "", how);
            trainB = Quantity.measured(of + "NFE_B per iteration", mean(s, Metric.NFE_BACKWARD), "", how);
        } else if (run.summary() != null && run.summary().iterations() > 0) {
            String how = "mean over the run, as saved with the model (" + run.origin() + ")";
            iterations = Quantity.measured(of + "iterations", run.summary().iterations(), "", how);
            trainF = Quantity.measured(of + "NFE_F per iteration", run.summary().meanNfeForward(), "", how);
            trainB = Quantity.measured(of + "NFE_B per iteration", run.summary().meanNfeBackward(), "", how);
        }
        RunFigures figures = new RunFigures(nfe.meanQuantity().named(of + "NFE mean"),
                nfe.p95Quantity().named(of + "NFE p95"), tf.quantity(of + "t_f(B=" + batch + ")"), iterations, trainF,
                trainB, tfTrain.quantity(of + "t_f(B=" + trainBatch + ")"),
                tvjp.quantity(of + "t_vjp(B=" + trainBatch + ")"));
        return new DeploymentMeasurement(nfe, tf, tfTrain, tvjp, figures);
    }

    private static double mean(RunSeries s, Metric m) {
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.value(m, i);
        }
        return sum / s.size();
    }

    /** The initial state of the first {@code rows} test points (cycled when the test part is smaller). */
    static double[] state(Trainer trainer, int rows) {
        double[] features = trainer.data().test().features();
        int d = trainer.data().featureDimension();
        int available = features.length / d;
        double[] inputs = new double[rows * d];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(features, (r % available) * d, inputs, r * d, d);
        }
        double[] start = new double[rows * trainer.model().stateDimension()];
        trainer.model().initialState(inputs, start);
        return start;
    }
}
