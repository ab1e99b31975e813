package org.nodelab.session.reproduce;

/**
 * Whether one aim of a claim held on our task, decided from our figures, and why.
 *
 * @param aim     what was tested, as a checkable statement
 * @param outcome {@link #HOLDS}, {@link #PARTLY} or {@link #FAILS}
 * @param why     the figures that decided it, and where the claim does not hold, the reason we see
 */
public record Verdict(String aim, String outcome, String why) {

    public static final String HOLDS = "holds";
    public static final String PARTLY = "partly holds";
    public static final String FAILS = "does not hold";

    public Verdict {
        if (!outcome.equals(HOLDS) && !outcome.equals(PARTLY) && !outcome.equals(FAILS)) {
            throw new IllegalArgumentException("a verdict holds, partly holds or does not hold, not " + outcome);
        }
    }

    public static Verdict of(String aim, boolean held, String why) {
        return new Verdict(aim, held ? HOLDS : FAILS, why);
    }
}
