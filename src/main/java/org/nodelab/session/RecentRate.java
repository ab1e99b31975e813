package org.nodelab.session;

/**
 * Iterations per second over the last few seconds of training, not since the run began: after the tolerance
 * is tightened the rate the user sees must drop within seconds (an average since the start showed 12.5 it/s
 * while the run did 1.7). Time is the trainer's own time per iteration, so pauses never count.
 */
final class RecentRate {

    /** How much recent training time the rate covers. */
    static final double WINDOW_SECONDS = 3.0;
    private static final int CAPACITY = 256;

    private final long[] nanos = new long[CAPACITY];
    private int size;
    private int next;

    void add(long iterationNanos) {
        nanos[next] = iterationNanos;
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    void clear() {
        size = 0;
        next = 0;
    }

    /** Iterations per second over the newest iterations that fit in the window (at least one); 0 when empty. */
    double perSecond() {
        long window = (long) (WINDOW_SECONDS * 1e9);
        long total = 0;
        int count = 0;
        for (int k = 1; k <= size; k++) {
            long t = nanos[(next - k + CAPACITY) % CAPACITY];
            if (count > 0 && total + t > window) {
                break;
            }
            total += t;
            count++;
        }
        return total > 0 ? count / (total / 1e9) : 0;
    }
}
