package org.nodelab.app.compare;

import java.util.Locale;

import org.nodelab.session.compare.CostEstimate;
import org.nodelab.session.compare.CostInputs;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.session.compare.Metric;
import org.nodelab.session.compare.MetricSummary;
import org.nodelab.session.compare.Quantity;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.RunFigures;
import org.nodelab.session.compare.WhatIf;

/**
 * The three big numbers of presenter mode for one run, with their provenance. While the run races, NFE per
 * prediction is the mean forward NFE of its last iterations, measured while training, and the cost per day
 * applies the engine's cost model to it with the t_f measured here before the race; once the race ends and
 * the run is measured on its test set at batch B, the cost panel's figures replace both.
 *
 * @param accuracy  the last test accuracy, or NaN
 * @param nfe       NFE per prediction, or NaN
 * @param cost      the cost per day with its provenance, or null until a t_f is measured
 * @param settled   whether these are the cost panel's final figures (measured at the run's last iteration)
 */
record PresenterFigures(double accuracy, double nfe, RunCost cost, boolean settled) {

    /**
     * @param measuredAt the iteration {@code measured} was taken at (the run's current one: settled)
     * @param whatIf     the cost panel's what-if, applied as the cards apply it
     * @param reference  whether {@code r} is the reference run (whose NFE the what-if leaves as measured)
     */
    static PresenterFigures of(RunRow r, CostInputs in, DeploymentMeasurement measured, int measuredAt,
                               WhatIf whatIf, boolean reference) {
        double accuracy = MetricSummary.LAST.of(r.run(), Metric.TEST_ACCURACY, 1);
        boolean racing = r.live() != null && r.live().racing();
        boolean settled = measured != null && measured.nfe().points() > 0 && !racing
                && measuredAt == r.run().iterations();
        if (settled) {
            RunFigures f = whatIf.of(measured.figures(), reference);
            return new PresenterFigures(accuracy, f.nfeMean().value(), CostEstimate.of(in, f), true);
        }
        double trainingNfe = MetricSummary.MEAN_OF_LAST.of(r.run(), Metric.NFE_FORWARD, DiffTablePane.MEAN_OF_LAST);
        if (measured == null || !Double.isFinite(trainingNfe)) {
            return new PresenterFigures(accuracy, trainingNfe, null, false);
        }
        Quantity nfe = Quantity.measured("NFE", trainingNfe, "", String.format(Locale.ROOT,
                "measured while training: mean forward NFE of the last %d iterations", DiffTablePane.MEAN_OF_LAST));
        RunFigures live = RunFigures.serving(nfe, nfe, measured.figures().tf());
        live = whatIf.of(live, reference);
        return new PresenterFigures(accuracy, live.nfeMean().value(), CostEstimate.of(in, live), false);
    }
}
