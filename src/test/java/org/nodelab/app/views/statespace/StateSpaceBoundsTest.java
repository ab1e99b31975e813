package org.nodelab.app.views.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The state-space picture grows at once and shrinks slowly: no jumps in scale between frames. */
class StateSpaceBoundsTest {

    @Test
    void growsAtOnce() {
        double[] b = StateSpaceBounds.next(new double[] {-1, 1, -1, 1}, new double[] {-0.5, 3, -1, 0.5});
        assertThat(b).containsExactly(-1, 3, -1, 1);
    }

    @Test
    void keepsStillForSmallChanges() {
        double[] old = {-1, 1, -1, 1};
        assertThat(StateSpaceBounds.next(old, new double[] {-0.8, 0.9, -0.9, 0.8})).containsExactly(old);
    }

    @Test
    void shrinksByAFifthPerAnalysisOnceMostlyEmpty() {
        double[] b = {-10, 10, -10, 10};
        double[] fresh = {-1, 1, -1, 1};
        double[] next = StateSpaceBounds.next(b, fresh);
        assertThat(next[1]).isCloseTo(8.2, within(1e-9));
        for (int i = 0; i < 40; i++) {
            next = StateSpaceBounds.next(next, fresh);
            // Never a jump: each step moves an edge by at most a fifth of the gap.
        }
        // Stops shrinking once the trajectories fill 40% again, without ever cutting into them.
        assertThat(next[1]).isGreaterThanOrEqualTo(1).isLessThan(2);
    }
}
