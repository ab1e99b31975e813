package org.nodelab.session.compare;

/**
 * What one run's cost rests on, each with its provenance: measured here ({@link DeploymentMeasurement}),
 * published (a preset), or typed.
 *
 * @param nfeMean           forward NFE of one solve of a batch of B, mean over the test batches
 * @param nfeP95            its 95th percentile (for SLOs); may equal the mean when only a mean is known
 * @param tf                seconds of one field evaluation at batch B
 * @param iterations        training iterations (for the training cost); null leaves training out
 * @param trainNfeForward   forward NFE per training iteration (mean over the run); null leaves training out
 * @param trainNfeBackward  backward NFE per training iteration (mean over the run)
 * @param tfTrain           seconds of one field evaluation at the training batch
 * @param tvjpTrain         seconds of one vector–Jacobian product at the training batch
 */
public record RunFigures(Quantity nfeMean, Quantity nfeP95, Quantity tf, Quantity iterations,
                         Quantity trainNfeForward, Quantity trainNfeBackward, Quantity tfTrain, Quantity tvjpTrain) {

    public RunFigures {
        if (nfeMean == null || nfeP95 == null || tf == null) {
            throw new IllegalArgumentException("a run's cost needs its NFE (mean and p95) and t_f");
        }
        for (Quantity q : new Quantity[] {nfeMean, nfeP95, tf}) {
            if (!(q.value() >= 0) || !Double.isFinite(q.value())) {
                throw new IllegalArgumentException(q.name() + " must be finite and not negative, not " + q.value());
            }
        }
    }

    /** Serving only: no training cost. */
    public static RunFigures serving(Quantity nfeMean, Quantity nfeP95, Quantity tf) {
        return new RunFigures(nfeMean, nfeP95, tf, null, null, null, null, null);
    }

    /** Whether every number the training cost needs is here. */
    public boolean hasTraining() {
        return iterations != null && trainNfeForward != null && trainNfeBackward != null && tfTrain != null
                && tvjpTrain != null;
    }
}
