package org.nodelab.model;

/**
 * Bounds on ND4J's off-heap memory, set before JavaCPP reads them (once, when its first class loads). Without
 * them a leak or a huge model eats the machine before anything says so; with them an allocation past the bound
 * first makes JavaCPP collect garbage, then fails with an OutOfMemoryError that the front ends report in words.
 * A user's own {@code -Dorg.bytedeco.javacpp.maxbytes} or {@code maxphysicalbytes} is left alone.
 */
public final class NativeMemoryLimits {

    static final String MAX_BYTES = "org.bytedeco.javacpp.maxbytes";
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxphysicalbytes";
    private static final long GIB = 1L << 30;

    private NativeMemoryLimits() {
    }

    /**
     * Sets both limits unless chosen: native buffers at most 2 GiB (the largest model the lab builds needs a few
     * hundred MB), and the whole process (heap included) at most the heap's limit plus 3 GiB. Call it first in
     * every entry point (the command line's runner and the window's launcher); calling it again, or after ND4J has loaded, changes nothing.
     */
    public static synchronized void apply() {
        if (System.getProperty(MAX_BYTES) == null) {
            System.setProperty(MAX_BYTES, Long.toString(maxBytes()));
        }
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, Long.toString(maxPhysicalBytes()));
        }
    }

    static long maxBytes() {
        return 2 * GIB;
    }

    static long maxPhysicalBytes() {
        return Runtime.getRuntime().maxMemory() + maxBytes() + GIB;
    }
}
