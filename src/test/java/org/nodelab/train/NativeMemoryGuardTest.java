package org.nodelab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryPoolMXBean;
import org.junit.jupiter.api.Test;

/** The watch's choice of pool and its trigger, on the collector the tests run with. */
class NativeMemoryGuardTest {

    @Test
    void the_old_generation_is_found_and_a_growth_it_has_not_had_does_not_trigger() {
        MemoryPoolMXBean old = NativeMemoryGuard.oldGeneration();
        assertThat(old).isNotNull();
        assertThat(old.getName()).containsAnyOf("Old", "Tenured");
        assertThat(NativeMemoryGuard.grown(old, Long.MAX_VALUE / 2)).isFalse();
    }
}
