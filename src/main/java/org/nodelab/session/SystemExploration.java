package org.nodelab.session;

import java.time.Duration;
import org.nodelab.ode.SolverOptions;
import org.nodelab.systems.ResolvedSystem;
import org.nodelab.systems.SystemResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dynamics of a built-in or typed system, with no training: the same flow picture a trained model gets
 * (trajectories, field arrows, spectra, Lyapunov exponents), recomputed on a worker thread whenever the request
 * changes. Requests that arrive while one is computed collapse into the newest (a {@link LatestRequestSlot} in
 * front of the worker), and each result is published like a training run's (a {@link SnapshotPublisher}).
 */
public final class SystemExploration implements AutoCloseable {

    static final int GRID_SIDE = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SystemExploration.class);
    /** How long close waits for a solve under way. */
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(10);

    private final SnapshotPublisher<ExplorationSnapshot> snapshots = new SnapshotPublisher<>();
    private final SerialExecutor worker = new SerialExecutor("nodelab-explorer");
    private final LatestRequestSlot<ExplorationRequest> requests = new LatestRequestSlot<>(worker, this::compute);
    private volatile boolean closed;

    public SystemExploration(ExplorationRequest initial) {
        snapshots.publish((version, none) -> new ExplorationSnapshot(version, initial, true, null, null, null));
        requests.offer(initial);
    }

    public ExplorationSnapshot snapshot() {
        return snapshots.latest();
    }

    public void submit(ExplorationRequest request) {
        // Into the slot first: a result finished meanwhile then sees this request waiting and stays "computing".
        requests.offer(request);
        // The worker may have taken this request up and published its result already (a typing mistake is found
        // in microseconds): then that result stands. Marking it "computing" now would leave it so for good.
        snapshots.publish((version, s) -> s.request() == request && !s.computing()
                ? new ExplorationSnapshot(version, s.request(), false, s.system(), s.analysis(), s.problem())
                : new ExplorationSnapshot(version, request, true, s.system(), s.analysis(), s.problem()));
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownAndAwait(CLOSE_BOUND);
    }

    /** Computes the newest request on the worker thread and publishes its picture (or why there is none). */
    private void compute(ExplorationRequest request) {
        if (closed) {
            return;
        }
        ExplorationSnapshot after = picture(request, snapshots.latest());
        snapshots.publish((version, s) -> {
            // A newer request waiting means this picture is already stale: say it is still computing.
            ExplorationRequest newer = requests.waiting();
            return new ExplorationSnapshot(version, newer != null ? newer : request, newer != null, after.system(),
                    after.analysis(), after.problem());
        });
    }

    /** The picture of {@code request} (version 0: publishing numbers it), or the last good one with the problem. */
    private static ExplorationSnapshot picture(ExplorationRequest request, ExplorationSnapshot before) {
        try {
            ResolvedSystem system = SystemResolver.resolve(request.specification(), request.parameters());
            AnalysisSnapshot analysis = analyze(system, request);
            return new ExplorationSnapshot(0, request, false, system, analysis, analysis.problem());
        } catch (IllegalArgumentException e) {
            // Bad equations or parameters: keep the last good picture and say what is wrong.
            return new ExplorationSnapshot(0, request, false, before.system(), before.analysis(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("system exploration failed", e);
            return new ExplorationSnapshot(0, request, false, before.system(), before.analysis(),
                    "The analysis failed with an internal error: " + e);
        }
    }

    /** A square of starting points in the projection plane around the center, the flow over [0, T]. */
    static AnalysisSnapshot analyze(ResolvedSystem system, ExplorationRequest request) {
        long started = System.nanoTime();
        int n = system.dimension();
        double[] center = request.center() != null && request.center().length == n ? request.center()
                : system.defaultInitialState();
        Projection projection = request.projection().fitting(n);
        int side = n == 1 ? GRID_SIDE * GRID_SIDE : GRID_SIDE;
        int points = n == 1 ? side : side * side;
        double[] start = new double[points * n];
        int[] labels = new int[points];
        double spread = request.spread();
        for (int p = 0; p < points; p++) {
            System.arraycopy(center, 0, start, p * n, n);
            int row = n == 1 ? 0 : p / side;
            int col = n == 1 ? p : p % side;
            start[p * n + projection.x()] += spread * (2.0 * col / (side - 1) - 1);
            if (n > 1) {
                start[p * n + projection.y()] += spread * (2.0 * row / (side - 1) - 1);
            }
            labels[p] = p;
        }
        SolverOptions options = SolverOptions.of(request.method()).withTolerances(request.rtol(), request.atol());
        if (!request.method().isAdaptive()) {
            options = options.withStepSize(request.duration() / 2000);
        }
        // Long spans of oscillating systems need many samples for smooth curves; dense output makes them cheap.
        int samples = (int) Math.max(FlowPicture.SAMPLES, Math.min(2001, 40 * request.duration()));
        return FlowPicture.compute(0, system.field(), system.field(), start, labels, points, request.duration(),
                samples, options, projection, null, started);
    }
}
