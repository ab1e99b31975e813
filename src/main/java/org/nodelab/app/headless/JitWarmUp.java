package org.nodelab.app.headless;

import org.nodelab.train.Trainer;
import org.nodelab.train.TrainingConfig;

/**
 * Trains a throw-away run before a benchmark measures anything. A benchmark that compares "with the window" to
 * "without it" measures them one after the other, and the first phase ran while the JIT compiler was still at
 * work (C2 took 9 s of CPU in the first 20 s of {@code bench ui}, on the cores the trainer needed), so the first
 * phase looked slower for a reason that had nothing to do with it. After this, each phase runs compiled code.
 */
final class JitWarmUp {

    /** Iterations of the default demo: C2 has compiled the training loop's hot paths by then. */
    static final int ITERATIONS = 200;

    private JitWarmUp() {
    }

    /** @return the seconds it took, for the benchmark's own report */
    static double train(TrainingConfig config, int iterations) {
        long t0 = System.nanoTime();
        try (Trainer trainer = new Trainer(config)) {
            for (int i = 0; i < iterations; i++) {
                trainer.step();
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
