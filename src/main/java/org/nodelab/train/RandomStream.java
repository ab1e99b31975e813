package org.nodelab.train;

/**
 * The regularizers' random stream: the very sequence {@link java.util.SplittableRandom#SplittableRandom(long)}
 * draws (SplitMix64, the same mixing and the same bounded-int rejection), but with its whole state one number
 * that a session file can save and hand back, so a resumed run draws what the uninterrupted one would have.
 * {@code RandomStreamTest} holds it to SplittableRandom draw for draw.
 */
public final class RandomStream {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    public RandomStream(long seed) {
        this.state = seed;
    }

    /** The whole state: {@code new RandomStream(0).restore(s.state())} continues exactly where s is. */
    public long state() {
        return state;
    }

    public void restore(long saved) {
        state = saved;
    }

    /** A uniform double in [0, 1), as SplittableRandom.nextDouble. */
    public double nextDouble() {
        return (mix64(nextSeed()) >>> 11) * 0x1.0p-53;
    }

    /** A uniform int in [0, bound), as SplittableRandom.nextInt(bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, not " + bound);
        }
        int r = mix32(nextSeed());
        int m = bound - 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        // Rejects the over-represented candidates, as the JDK does.
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = mix32(nextSeed()) >>> 1) {
            // the condition draws again
        }
        return r;
    }

    private long nextSeed() {
        return state += GOLDEN_GAMMA;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
