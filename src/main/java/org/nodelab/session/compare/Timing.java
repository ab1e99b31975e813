package org.nodelab.session.compare;

import java.util.Locale;

/**
 * The result of a micro-benchmark: the median of timed calls after warm-up, with its spread.
 *
 * @param what  what was timed, e.g. {@code "field evaluation"}
 */
public record Timing(String what, double medianSeconds, double p05Seconds, double p95Seconds, int calls,
                     int warmup, int batch) {

    /** The median as a measured number, its provenance saying how it was measured and how much it spread. */
    public Quantity quantity(String name) {
        return Quantity.measured(name, medianSeconds, "s", String.format(Locale.ROOT,
                "%s at batch %d measured here: median of %d timed calls after %d warm-up, %.3g ms (p5–p95 "
                        + "%.3g–%.3g ms)", what, batch, calls, warmup, medianSeconds * 1e3, p05Seconds * 1e3,
                p95Seconds * 1e3));
    }
}
