package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

    @Test
    void drawsWhatSplittableRandomDraws() {
        // The regularizers drew from SplittableRandom before; a seeded run must still draw the same t_r and steps.
        for (long seed : new long[] {0, 1, -7, 0x5DEECE66DL, Long.MAX_VALUE}) {
            SplittableRandom reference = new SplittableRandom(seed);
            RandomStream stream = new RandomStream(seed);
            for (int i = 0; i < 2000; i++) {
                int bound = new int[] {1, 2, 3, 7, 64, 1000, 1 << 30, Integer.MAX_VALUE}[i % 8];
                if (i % 3 == 0) {
                    assertThat(stream.nextDouble()).isEqualTo(reference.nextDouble());
                } else {
                    assertThat(stream.nextInt(bound)).as("seed %d draw %d bound %d", seed, i, bound)
                            .isEqualTo(reference.nextInt(bound));
                }
            }
        }
    }

    @Test
    void aRestoredStreamContinuesWhereTheSavedOneWas() {
        RandomStream first = new RandomStream(42);
        for (int i = 0; i < 17; i++) {
            first.nextDouble();
            first.nextInt(5);
        }
        RandomStream resumed = new RandomStream(0);
        resumed.restore(first.state());
        for (int i = 0; i < 100; i++) {
            assertThat(resumed.nextInt(11)).isEqualTo(first.nextInt(11));
            assertThat(resumed.nextDouble()).isEqualTo(first.nextDouble());
        }
    }
}
