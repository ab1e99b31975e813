package org.nodelab.train;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.javacpp.Pointer;
import org.nodelab.io.JsonText;

/**
 * One reading of where the process's memory is, in MB, for the memory benchmarks: the resident size the system
 * sees (VmRSS), JavaCPP's view of it ({@code physicalBytes}, the same figure read through JavaCPP) and the native
 * buffers JavaCPP itself handed out ({@code totalBytes}), and the Java heap, used and committed. Comparing them
 * says which part grows: buffers ND4J still owns, the heap, or memory freed to malloc but kept by it.
 */
public record MemorySample(double seconds, long iteration, double rssMb, double physicalMb, double javacppMb,
                           double heapUsedMb, double heapCommittedMb) {

    private static final double MB = 1 << 20;

    /** Reads everything now; {@code seconds} and {@code iteration} say when, as the caller counts them. */
    public static MemorySample now(double seconds, long iteration) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new MemorySample(seconds, iteration, residentMegabytes(), Pointer.physicalBytes() / MB,
                Pointer.totalBytes() / MB, heap.getUsed() / MB, heap.getCommitted() / MB);
    }

    /** VmRSS from /proc/self/status (Linux); NaN where there is none. */
    public static double residentMegabytes() {
        Path status = Path.of("/proc/self/status");
        try {
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Only a benchmark reads this: a missing figure is reported as null, not as a failure.
        }
        return Double.NaN;
    }

    /** For JSON: the fields by name, non-finite numbers as null. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", JsonText.number(seconds));
        m.put("iteration", iteration);
        m.put("rssMb", JsonText.number(rssMb));
        m.put("physicalMb", JsonText.number(physicalMb));
        m.put("javacppMb", JsonText.number(javacppMb));
        m.put("heapUsedMb", JsonText.number(heapUsedMb));
        m.put("heapCommittedMb", JsonText.number(heapCommittedMb));
        return m;
    }
}
