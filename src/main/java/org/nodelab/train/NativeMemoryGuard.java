package org.nodelab.train;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ND4J's off-heap garbage from piling up. Every ND4J op leaves a few kilobytes of native memory
 * (operation contexts, shape buffers) that is freed only when its small Java owner is collected. With a large,
 * quiet heap the collector may not run for many seconds while native memory climbs into gigabytes (measured
 * here: 1.8 GB after 500 iterations of the default demo), and memory handed back to malloc is rarely returned
 * to the system. So training asks G1 for a periodic collection at least every {@value #INTERVAL_MS} ms (a
 * concurrent cycle, which starts with a young collection that frees those owners), unless the user chose an
 * interval. {@code -Dnodelab.gcIntervalMs} overrides the interval; 0 leaves the JVM alone.
 *
 * <p>Other collectors have no periodic cycle, and a young collection is not enough there: with one CPU the JVM
 * picks Serial GC, and the resident size was seen to climb from 233 to 697 MB over 1,500 iterations. Measured
 * here (heap histogram and GC log, Serial, 1,500 iterations): each young collection finds some 100,000 dead ND4J
 * and JavaCPP owners, whose reference objects (JavaCPP's {@code NativeDeallocator} list nodes, ND4J's
 * {@code DeallocatableReference}s) must survive that one collection to be processed. They overflow Serial's
 * small survivor space and are promoted, with owners that were alive at that instant, so the old generation
 * grows by a few MB at every young collection (after each full collection the heap held 18, 31, 43, 57, 81, then
 * 96 MB, mostly 270,000 such nodes) and native memory held by promoted owners waits for a full collection. The
 * resident size is the wrong trigger for that: it grows as the committed heap is first touched and does not
 * shrink after a collection, so a watch on it fires ever more rarely (intervals of 4, 9, 29, 56, 104, 203 s).
 * So on other collectors a daemon thread watches the old generation instead, at the same interval, and asks for
 * a collection whenever it has grown by {@value #OLD_GROWTH_MB} MB since the last collection of it (its
 * collection usage, which the JVM keeps): the live set is a few tens of MB, so that full collection is short,
 * and old-generation garbage, with the native memory it holds, stays bounded whichever collector runs.
 * {@code -Dnodelab.oldGrowthMb} overrides the growth.
 * {@code bench soak --minutes 20} (the window headless, 2 shared cores) measured, over the second half: Serial
 * RSS median 481 MB, max 484 MB, +0.1 MB per 1,000 iterations; G1 528 MB, max 628 MB, +3.9 MB per 1,000.
 */
final class NativeMemoryGuard {

    static final long INTERVAL_MS = 500;
    static final long OLD_GROWTH_MB = 32;
    private static final Logger LOG = LoggerFactory.getLogger(NativeMemoryGuard.class);
    private static volatile boolean installed;

    private NativeMemoryGuard() {
    }

    static void install() {
        if (installed) {
            return;
        }
        synchronized (NativeMemoryGuard.class) {
            if (installed) {
                return;
            }
            installed = true;
            long interval = Long.getLong("nodelab.gcIntervalMs", INTERVAL_MS);
            if (interval <= 0) {
                return;
            }
            try {
                HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) {
                    startOldGenerationWatch(interval);
                    return;
                }
                if (!"0".equals(vm.getVMOption("G1PeriodicGCInterval").getValue())) {
                    return;
                }
                vm.setVMOption("G1PeriodicGCInterval", Long.toString(interval));
            } catch (RuntimeException e) {
                LOG.info("could not set a periodic collection for ND4J's native memory: {}", e.toString());
                startOldGenerationWatch(interval);
            }
        }
    }

    private static void startOldGenerationWatch(long interval) {
        MemoryPoolMXBean old = oldGeneration();
        if (old == null) {
            LOG.info("no old generation to watch on this collector; ND4J's native memory is left to it");
            return;
        }
        long growth = Long.getLong("nodelab.oldGrowthMb", OLD_GROWTH_MB) << 20;
        Thread watch = new Thread(() -> watchOldGeneration(old, interval, growth), "nodelab-native-memory");
        watch.setDaemon(true);
        watch.start();
        LOG.info("not on G1: collecting whenever {} grows by {} MB", old.getName(), growth >> 20);
    }

    /**
     * The heap pool that collects only in a full collection: "Tenured Gen" (Serial), "PS Old Gen" (Parallel).
     * A single-pool collector has none; then the only heap pool with a collection usage stands in for it.
     */
    static MemoryPoolMXBean oldGeneration() {
        MemoryPoolMXBean only = null;
        int heapPools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isValid() || pool.getCollectionUsage() == null) {
                continue;
            }
            heapPools++;
            only = pool;
            String name = pool.getName();
            if (name.contains("Old") || name.contains("Tenured")) {
                return pool;
            }
        }
        return heapPools == 1 ? only : null;
    }

    /** Whether the pool has grown by more than {@code growth} bytes since its last collection. */
    static boolean grown(MemoryPoolMXBean pool, long growth) {
        MemoryUsage afterLast = pool.getCollectionUsage();
        long base = afterLast == null ? 0 : afterLast.getUsed();
        return pool.getUsage().getUsed() - base > growth;
    }

    private static void watchOldGeneration(MemoryPoolMXBean old, long interval, long growth) {
        try {
            while (true) {
                Thread.sleep(interval);
                if (grown(old, growth)) {
                    // A full collection: the only kind that frees promoted owners, and with them their native memory.
                    System.gc();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
