package org.nodelab.session.compare;

import java.util.Locale;

/** A per-iteration figure of a run that curves and the diff table show, with which way is better. */
public enum Metric {
    TRAIN_LOSS("train loss", Better.LOWER, true),
    TEST_LOSS("test loss", Better.LOWER, true),
    TEST_ACCURACY("test accuracy", Better.HIGHER, false),
    NFE_FORWARD("NFE forward", Better.LOWER, false),
    NFE_BACKWARD("NFE backward", Better.LOWER, false),
    ACCEPTED_STEPS("accepted steps", Better.LOWER, false),
    REJECTED_STEPS("rejected steps", Better.LOWER, false),
    SECONDS_PER_ITERATION("seconds per iteration", Better.LOWER, false);

    /** Which direction of change is an improvement. */
    public enum Better {
        LOWER, HIGHER;

        /** Whether {@code candidate} is better than {@code reference}; false when equal or not comparable. */
        public boolean improves(double candidate, double reference) {
            return this == LOWER ? candidate < reference : candidate > reference;
        }
    }

    private final String label;
    private final Better better;
    private final boolean logScale;

    Metric(String label, Better better, boolean logScale) {
        this.label = label;
        this.better = better;
        this.logScale = logScale;
    }

    public String label() {
        return label;
    }

    public Better better() {
        return better;
    }

    /** Whether a chart of it reads best on a log scale (losses). */
    public boolean logScale() {
        return logScale;
    }

    /** The name in JSON and on the command line, e.g. {@code testAccuracy}. */
    public String id() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }
}
