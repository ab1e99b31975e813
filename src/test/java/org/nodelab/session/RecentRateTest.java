package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentRateTest {

    @Test
    void the_rate_follows_the_last_seconds_not_the_whole_run() {
        RecentRate rate = new RecentRate();
        assertThat(rate.perSecond()).isZero();
        for (int i = 0; i < 200; i++) {
            rate.add(80_000_000L); // 12.5 it/s for 16 s
        }
        assertThat(rate.perSecond()).isCloseTo(12.5, within(1e-9));
        for (int i = 0; i < 6; i++) {
            rate.add(600_000_000L); // then the tolerance is tightened: 1.67 it/s
        }
        // 3.6 s of slow iterations fill the 3 s window: the rate is the slow one, where an average since the
        // start would still say 10.
        assertThat(rate.perSecond()).isCloseTo(1 / 0.6, within(1e-9));
        rate.clear();
        rate.add(5_000_000_000L); // one iteration longer than the window still gives a rate
        assertThat(rate.perSecond()).isCloseTo(0.2, within(1e-12));
    }
}
