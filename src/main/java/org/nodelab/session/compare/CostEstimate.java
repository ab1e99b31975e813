package org.nodelab.session.compare;

import java.util.Locale;

/** Applies {@link CostModel} to numbers with provenance: each result is DERIVED and names what it came from. */
public final class CostEstimate {

    /** Days in the month the cards quote. */
    public static final int DAYS_PER_MONTH = 30;

    private CostEstimate() {
    }

    public static RunCost of(CostInputs in, RunFigures run) {
        double t0 = in.t0().value();
        double tf = run.tf().value();
        Quantity latency = new Quantity("latency", CostModel.latency(t0, run.nfeMean().value(), tf), "s",
                Provenance.derived("t0 + NFE_mean × t_f(B)", in.t0(), run.nfeMean(), run.tf()));
        Quantity latencyP95 = new Quantity("latency p95", CostModel.latency(t0, run.nfeP95().value(), tf), "s",
                Provenance.derived("t0 + NFE_p95 × t_f(B)", in.t0(), run.nfeP95(), run.tf()));
        Quantity batch = new Quantity("B", in.batch(), "", Provenance.assumed("the deployment batch of the cost "
                + "inputs"));
        double hours = CostModel.computeHoursPerDay(in.requestsPerDay().value(), latency.value(), in.batch(),
                in.utilisation().value());
        Quantity coreHours = new Quantity("core-hours/day", hours, "core-h/day",
                Provenance.derived("requests/day × latency / (B × 3600 × u)", in.requestsPerDay(), latency, batch,
                        in.utilisation()));
        Quantity perDay = new Quantity("cost/day", CostModel.costPerDay(hours, in.pricePerHour().value()), "$/day",
                Provenance.derived("core-hours/day × price", coreHours, in.pricePerHour()));
        Quantity perMonth = new Quantity("cost/month", perDay.value() * DAYS_PER_MONTH, "$/month",
                Provenance.derived("cost/day × " + DAYS_PER_MONTH, perDay));
        Quantity perRequest = new Quantity("cost/request", CostModel.costPerRequest(latency.value(), in.batch(),
                in.utilisation().value(), in.pricePerHour().value()), "$",
                Provenance.derived("latency / (B × 3600 × u) × price", latency, batch, in.utilisation(),
                        in.pricePerHour()));
        Quantity trainingSeconds = null;
        Quantity training = null;
        if (run.hasTraining()) {
            double seconds = CostModel.trainingSeconds(run.iterations().value(), run.trainNfeForward().value(),
                    run.trainNfeBackward().value(), run.tfTrain().value(), run.tvjpTrain().value());
            trainingSeconds = new Quantity("training compute", seconds, "s", Provenance.derived(
                    "iterations × (NFE_F × t_f + NFE_B × t_vjp)", run.iterations(), run.trainNfeForward(),
                    run.tfTrain(), run.trainNfeBackward(), run.tvjpTrain()));
            training = new Quantity("training cost", CostModel.trainingCost(seconds, in.pricePerHour().value()), "$",
                    Provenance.derived("training compute / 3600 × price", trainingSeconds, in.pricePerHour()));
        }
        return new RunCost(latency, latencyP95, coreHours, perDay, perMonth, perRequest, trainingSeconds, training);
    }

    /**
     * A candidate against the reference: money saved per day, the NFE and latency ratios, and the payback
     * volume (when both training costs are known).
     */
    public static Savings against(CostInputs in, RunFigures reference, RunCost referenceCost, RunFigures candidate,
                                  RunCost candidateCost) {
        Quantity saved = new Quantity("saved/day", referenceCost.costPerDay().value()
                - candidateCost.costPerDay().value(), "$/day",
                Provenance.derived("reference cost/day − cost/day", referenceCost.costPerDay(),
                        candidateCost.costPerDay()));
        double nfeRatio = candidate.nfeMean().value() / reference.nfeMean().value();
        Quantity nfe = new Quantity("NFE ratio", nfeRatio, "×",
                Provenance.derived("NFE_mean / reference NFE_mean", candidate.nfeMean(), reference.nfeMean()));
        Quantity latency = new Quantity("latency ratio", candidateCost.latency().value()
                / referenceCost.latency().value(), "×",
                Provenance.derived("latency / reference latency", candidateCost.latency(), referenceCost.latency()));
        Quantity payback = null;
        if (referenceCost.trainingCost() != null && candidateCost.trainingCost() != null) {
            payback = new Quantity("payback volume", CostModel.paybackRequests(referenceCost.trainingCost().value(),
                    candidateCost.trainingCost().value(), referenceCost.costPerRequest().value(),
                    candidateCost.costPerRequest().value()), "requests",
                    Provenance.derived("Δtraining cost / (reference cost/request − cost/request)",
                            referenceCost.trainingCost(), candidateCost.trainingCost(),
                            referenceCost.costPerRequest(), candidateCost.costPerRequest()));
        }
        double sameTf = CostModel.latencyRatio(in.t0().value(), reference.nfeMean().value(), nfeRatio,
                reference.tf().value());
        return new Savings(saved, nfe, latency, payback, explainRatio(in.t0().value(), nfeRatio, sameTf,
                latency.value(), reference.tf().value(), candidate.tf().value()));
    }

    /**
     * Why the latency ratio differs from the NFE ratio, in one sentence with the numbers: the fixed overhead t₀
     * (at the reference's t_f), and then, where the runs' fields cost differently per evaluation, that too.
     */
    static String explainRatio(double t0, double nfeRatio, double sameTfRatio, double latencyRatio, double tfReference,
                               double tfCandidate) {
        StringBuilder b = new StringBuilder();
        if (t0 <= 0) {
            b.append(String.format(Locale.ROOT, "With no fixed overhead (t0 = 0) an NFE ratio of %.2f× gives the "
                    + "same latency ratio at equal t_f.", nfeRatio));
        } else {
            b.append(String.format(Locale.ROOT, "An NFE ratio of %.2f× gives a latency ratio of %.2f× at equal t_f: "
                    + "the %.3g ms of fixed overhead t0 per request is paid whatever the NFE, so latency changes "
                    + "less than NFE does.", nfeRatio, sameTfRatio, t0 * 1000));
        }
        if (tfCandidate != tfReference) {
            b.append(String.format(Locale.ROOT, " This run's field costs %.3g ms per evaluation against %.3g ms, so "
                    + "its latency ratio is %.2f×.", tfCandidate * 1000, tfReference * 1000, latencyRatio));
        }
        return b.toString();
    }
}
