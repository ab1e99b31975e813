package org.nodelab.session.compare;

/**
 * One run's cost card: every figure with its provenance (derived ones name their inputs).
 *
 * @param latency         seconds per request at the mean NFE
 * @param latencyP95      seconds per request at the p95 NFE
 * @param coreHoursPerDay compute-hours per day at the mean latency
 * @param costPerDay      money per day
 * @param costPerMonth    money per 30 days
 * @param costPerRequest  money per request
 * @param trainingCost    money to train the run, or null when its training figures are unknown
 */
public record RunCost(Quantity latency, Quantity latencyP95, Quantity coreHoursPerDay, Quantity costPerDay,
                      Quantity costPerMonth, Quantity costPerRequest, Quantity trainingSeconds,
                      Quantity trainingCost) {
}
