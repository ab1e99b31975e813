package org.nodelab.session.compare;

/**
 * A run against the pinned one, for the savings bar.
 *
 * @param savedPerDay   money per day the candidate saves (negative when it costs more)
 * @param nfeRatio      the candidate's NFE over the reference's
 * @param latencyRatio  the candidate's latency over the reference's: nearer 1 than the NFE ratio when t0 > 0
 * @param payback       requests after which the candidate's dearer training has paid for itself (0: at once;
 *                      +∞: never), or null when either training cost is unknown
 * @param explanation   why the latency ratio differs from the NFE ratio, in words with the numbers
 */
public record Savings(Quantity savedPerDay, Quantity nfeRatio, Quantity latencyRatio, Quantity payback,
                      String explanation) {
}
