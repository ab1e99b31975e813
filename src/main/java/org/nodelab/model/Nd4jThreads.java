package org.nodelab.model;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's thread settings for our workload. Our layers are small (batch 512 × width 32), where OpenMP's
 * fork/join costs more than it saves: one thread measured 3–6× faster per evaluation than two on a 2-core
 * machine (see the model notes in the README). {@code NODELAB_ND4J_THREADS} overrides the choice.
 */
final class Nd4jThreads {

    private static volatile boolean configured;

    private Nd4jThreads() {
    }

    static void configure() {
        if (configured) {
            return;
        }
        synchronized (Nd4jThreads.class) {
            if (configured) {
                return;
            }
            // A backstop for entry points that did not set the bounds first (tests, embedding code).
            NativeMemoryLimits.apply();
            int threads = 1;
            String override = System.getenv("NODELAB_ND4J_THREADS");
            if (override != null && override.matches("\\d{1,3}") && Integer.parseInt(override) > 0) {
                threads = Integer.parseInt(override);
            }
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
            configured = true;
        }
    }
}
