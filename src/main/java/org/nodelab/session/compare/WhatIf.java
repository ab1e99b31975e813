package org.nodelab.session.compare;

import java.util.Locale;

/**
 * The cost panel's what-if: scale the candidates' NFE per prediction by k (to try a published ratio, such as local
 * regularization's 0.556–0.733×, on our measured runs) and every run's field time by k (a faster machine, a
 * GPU). Pure arithmetic on the stored measurements: nothing is retrained or measured again. A scaled number is
 * derived, and its provenance names the factor, which is assumed (typed by the user); the reference run's NFE is
 * never scaled, since the ratio is against it.
 *
 * @param candidateNfe factor on the prediction NFE (mean and p95) of every run but the reference
 * @param fieldTime    factor on t_f and t_vjp of every run, the reference included
 */
public record WhatIf(double candidateNfe, double fieldTime) {

    public static final double MIN_NFE = 0.1;
    public static final double MAX_NFE = 3;
    public static final double MIN_TIME = 0.01;
    public static final double MAX_TIME = 10;

    /** No what-if: the measured figures as they are. */
    public static final WhatIf NONE = new WhatIf(1, 1);

    public WhatIf {
        if (!(candidateNfe >= MIN_NFE) || !(candidateNfe <= MAX_NFE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the NFE factor must be %.1f..%.0f, not %s",
                    MIN_NFE, MAX_NFE, candidateNfe));
        }
        if (!(fieldTime >= MIN_TIME) || !(fieldTime <= MAX_TIME)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the field-time factor must be "
                    + "%.2f..%.0f, not %s", MIN_TIME, MAX_TIME, fieldTime));
        }
    }

    public boolean isNone() {
        return candidateNfe == 1 && fieldTime == 1;
    }

    /**
     * A run's figures under this what-if: its field times scaled, and unless it is the reference, its prediction
     * NFE too.
     */
    public RunFigures of(RunFigures f, boolean reference) {
        return apply(f, reference ? 1 : candidateNfe);
    }

    private RunFigures apply(RunFigures f, double nfe) {
        if (nfe == 1 && fieldTime == 1) {
            return f;
        }
        Quantity nfeFactor = Quantity.assumed("what-if NFE factor", nfe, "×");
        Quantity timeFactor = Quantity.assumed("what-if field-time factor", fieldTime, "×");
        return new RunFigures(scale(f.nfeMean(), nfeFactor), scale(f.nfeP95(), nfeFactor), scale(f.tf(), timeFactor),
                f.iterations(), f.trainNfeForward(), f.trainNfeBackward(), scale(f.tfTrain(), timeFactor),
                scale(f.tvjpTrain(), timeFactor));
    }

    private static Quantity scale(Quantity q, Quantity factor) {
        if (q == null || factor.value() == 1) {
            return q;
        }
        return new Quantity(q.name(), q.value() * factor.value(), q.unit(), Provenance.derived(String.format(
                Locale.ROOT, "what-if: %s × %.2f", q.name(), factor.value()), q, factor));
    }

    /** "NFE × 0.60, t_f × 1.00", for a card's caption and the command line's JSON. */
    public String describe() {
        return String.format(Locale.ROOT, "candidates' NFE × %.2f, t_f × %.2f", candidateNfe, fieldTime);
    }
}
