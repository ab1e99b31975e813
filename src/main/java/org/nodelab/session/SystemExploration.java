package org.nodelab.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.nodelab.ode.SolverOptions;
import org.nodelab.systems.ResolvedSystem;
import org.nodelab.systems.SystemResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dynamics of a built-in or typed system, with no training: the same flow picture a trained model gets
 * (trajectories, field arrows, spectra, Lyapunov exponents), recomputed on a worker thread whenever the request
 * changes. Requests that arrive while one is computed collapse into the newest.
 */
public final class SystemExploration implements AutoCloseable {

    static final int GRID_SIDE = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SystemExploration.class);

    private final AtomicReference<ExplorationSnapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<ExplorationRequest> pending = new AtomicReference<>();
    private final AtomicLong versions = new AtomicLong();
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean closed;

    public SystemExploration(ExplorationRequest initial) {
        snapshot.set(new ExplorationSnapshot(versions.incrementAndGet(), initial, true, null, null, null));
        pending.set(initial);
        thread = new Thread(this::loop, "nodelab-explorer");
        thread.setDaemon(true);
        thread.start();
    }

    public ExplorationSnapshot snapshot() {
        return snapshot.get();
    }

    public void submit(ExplorationRequest request) {
        pending.set(request);
        ExplorationSnapshot s = snapshot.get();
        snapshot.set(new ExplorationSnapshot(versions.incrementAndGet(), request, true, s.system(), s.analysis(),
                s.problem()));
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!closed) {
            ExplorationRequest request = pending.getAndSet(null);
            if (request == null) {
                synchronized (wake) {
                    try {
                        while (!closed && pending.get() == null) {
                            wake.wait();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            ExplorationSnapshot before = snapshot.get();
            ExplorationSnapshot after;
            try {
                ResolvedSystem system = SystemResolver.resolve(request.specification(), request.parameters());
                AnalysisSnapshot analysis = analyze(system, request);
                after = new ExplorationSnapshot(0, request, false, system, analysis, analysis.problem());
            } catch (IllegalArgumentException e) {
                // Bad equations or parameters: keep the last good picture and say what is wrong.
                after = new ExplorationSnapshot(0, request, false, before.system(), before.analysis(),
                        e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("system exploration failed", e);
                after = new ExplorationSnapshot(0, request, false, before.system(), before.analysis(),
                        "The analysis failed with an internal error: " + e);
            }
            boolean newer = pending.get() != null;
            snapshot.set(new ExplorationSnapshot(versions.incrementAndGet(), newer ? pending.get() : request, newer,
                    after.system(), after.analysis(), after.problem()));
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
