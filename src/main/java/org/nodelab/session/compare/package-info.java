/**
 * The engine of "Compare runs" and the cost panel, with no JavaFX: the compare window (app) and
 * {@code nodelab compare} (cli) both sit on it.
 *
 * <h2>Runs</h2>
 * <ul>
 *   <li>{@link org.nodelab.session.compare.ComparedRun}: id (stable; its colour comes from it through
 *       {@link org.nodelab.session.compare.RunColours}), name, {@code TrainingConfig}, series, saved summary,
 *       origin. Immutable; rebuild it per snapshot for a live run, with the same id.</li>
 *   <li>{@link org.nodelab.session.compare.RunSeries}: per-iteration columns, one per
 *       {@link org.nodelab.session.compare.Metric} (losses, test accuracy, NFE F/B, accepted/rejected,
 *       seconds per iteration), and {@code x(XAxis, i)} on one shared
 *       {@link org.nodelab.session.compare.XAxis}: iteration, cumulative wall time or cumulative NFE (F+B).
 *       NaN marks a figure a source did not record.</li>
 *   <li>{@link org.nodelab.session.compare.RunGroup}: runs differing only in seeds;
 *       {@code band(metric, axis)} gives the mean curve with its min–max band.</li>
 * </ul>
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>Live: {@link org.nodelab.session.compare.LiveRuns#of(String, String, org.nodelab.session.SessionSnapshot)}.
 *       The live history keeps no wall time or step counts yet, so those read as NaN
 *       ({@code RunSeries.hasWallTime()} false) until the sessions work's {@code View.millis} is merged.</li>
 *   <li>Files: {@link org.nodelab.session.compare.RunSources#load(java.util.List, String)} picks the
 *       {@link org.nodelab.session.compare.RunSource} for the files of one run: a {@code train --log} file
 *       with its {@code --save} model file ({@code TrainLogSource}), or a model file alone
 *       ({@code ModelFileSource}). Session files plug in as one more {@code RunSource} in
 *       {@code RunSources.ALL}. Every refusal is an {@link org.nodelab.io.UserFileException} naming the file
 *       (and the line).</li>
 * </ul>
 *
 * <h2>Comparing</h2>
 * {@link org.nodelab.session.compare.Comparison} (1–8 runs and the pinned index) gives:
 * {@code settings()}, the differing settings only ({@link org.nodelab.session.compare.SettingRow}, found by
 * walking the config's records: {@link org.nodelab.session.compare.ConfigSettings});
 * {@code metrics(MetricSummary, k)}, each metric's last / best / mean of the last k with Δ, Δ% and a
 * better/worse verdict against the pinned run ({@link org.nodelab.session.compare.MetricRow});
 * {@code fairness()}, whether NFE is comparable, and a plain statement of what differs
 * ({@link org.nodelab.session.compare.Fairness}); {@code colours()} and {@code groups()}.
 *
 * <h2>Cost</h2>
 * {@link org.nodelab.session.compare.CostModel} is the pure arithmetic (latency = t₀ + NFE·t_f(B), compute-hours
 * per day, cost per day and per request, training cost, payback volume, latency ratio).
 * {@link org.nodelab.session.compare.CostEstimate#of} applies it to a run's
 * {@link org.nodelab.session.compare.RunFigures} under the shared
 * {@link org.nodelab.session.compare.CostInputs}, giving a {@link org.nodelab.session.compare.RunCost} of
 * {@link org.nodelab.session.compare.Quantity Quantities}; {@code CostEstimate.against} gives the
 * {@link org.nodelab.session.compare.Savings} against the pinned run, with the payback volume and why the
 * latency ratio is nearer 1 than the NFE ratio. Every Quantity carries a
 * {@link org.nodelab.session.compare.Provenance}: MEASURED (how), PUBLISHED (source), ASSUMED (typed), or
 * DERIVED (formula and inputs; {@code footer()} lists the base numbers for a presenter's source line).
 *
 * <h2>Measuring</h2>
 * {@link org.nodelab.session.compare.DeploymentMeasurement#measure} on a {@code Trainer} holding the run's
 * parameters: {@link org.nodelab.session.compare.NfeMeasurement} (the test set in batches of B, one solve each
 * through {@code Trainer.evaluateInBatches}, mean and p95) and {@link org.nodelab.session.compare.FieldBenchmark}
 * timings (median after warm-up, with the 5–95 % spread) of t_f at B and t_f, t_vjp at the training batch.
 * It runs for seconds: call it off the FX thread.
 */
package org.nodelab.session.compare;
