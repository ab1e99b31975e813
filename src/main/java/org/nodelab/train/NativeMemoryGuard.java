package org.nodelab.train;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
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
 * <p>Other collectors have no periodic cycle (with one CPU the JVM picks Serial GC, and the resident size was
 * seen to climb from 233 to 697 MB over 1,500 iterations). There a daemon thread watches the resident size at
 * the same interval and asks for a collection whenever it has grown by {@value #GROWTH_MB} MB since the last
 * one: the heap is small, so the pause is short, and memory stays flat whichever collector runs.
 */
final class NativeMemoryGuard {

    static final long INTERVAL_MS = 500;
    static final long GROWTH_MB = 48;
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
                    startResidentSizeWatch(interval);
                    return;
                }
                if (!"0".equals(vm.getVMOption("G1PeriodicGCInterval").getValue())) {
                    return;
                }
                vm.setVMOption("G1PeriodicGCInterval", Long.toString(interval));
            } catch (RuntimeException e) {
                LOG.info("could not set a periodic collection for ND4J's native memory: {}", e.toString());
                startResidentSizeWatch(interval);
            }
        }
    }

    private static void startResidentSizeWatch(long interval) {
        Thread watch = new Thread(() -> watchResidentSize(interval), "nodelab-native-memory");
        watch.setDaemon(true);
        watch.start();
        LOG.info("not on G1: collecting whenever the resident size grows by {} MB", GROWTH_MB);
    }

    private static void watchResidentSize(long interval) {
        long growth = GROWTH_MB << 20;
        long baseline = org.bytedeco.javacpp.Pointer.physicalBytes();
        try {
            while (true) {
                Thread.sleep(interval);
                long resident = org.bytedeco.javacpp.Pointer.physicalBytes();
                if (resident > baseline + growth) {
                    System.gc();
                    // Freed native memory is not always handed back to the system: measure afresh, so that the
                    // next collection waits for new growth instead of running at every tick.
                    baseline = org.bytedeco.javacpp.Pointer.physicalBytes();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
