package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nodelab.session.RunState.CLOSED;
import static org.nodelab.session.RunState.FAULTED;
import static org.nodelab.session.RunState.LOADING;
import static org.nodelab.session.RunState.PAUSED;
import static org.nodelab.session.RunState.READY;
import static org.nodelab.session.RunState.RUNNING;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The run-state machine: which moves a session may make, in one table. */
class RunStateTest {

    @Test
    void loadingEndsReadyOrFaultedAndNeverRunsWithoutAModel() {
        assertThat(LOADING.successors()).containsExactlyInAnyOrder(LOADING, READY, FAULTED, CLOSED);
        assertThat(LOADING.canBecome(RUNNING)).isFalse();
        assertThat(LOADING.canBecome(PAUSED)).isFalse();
    }

    @Test
    void aBuiltRunPlaysPausesStepsFaultsRebuildsAndCloses() {
        for (RunState built : EnumSet.of(READY, RUNNING, PAUSED, FAULTED)) {
            assertThat(built.canBecome(RUNNING)).as(built + " -> RUNNING").isTrue();
            assertThat(built.canBecome(PAUSED)).as(built + " -> PAUSED").isTrue();
            assertThat(built.canBecome(FAULTED)).as(built + " -> FAULTED").isTrue();
            assertThat(built.canBecome(LOADING)).as(built + " -> LOADING (reset or restart)").isTrue();
            assertThat(built.canBecome(CLOSED)).as(built + " -> CLOSED").isTrue();
            assertThat(built.canBecome(built)).as(built + " stays").isTrue();
        }
    }

    @Test
    void readyComesOnlyFromABuild() {
        for (RunState s : EnumSet.of(RUNNING, PAUSED, FAULTED, CLOSED)) {
            assertThat(s.canBecome(READY)).as(s + " -> READY").isFalse();
        }
        assertThat(LOADING.canBecome(READY)).isTrue();
    }

    @Test
    void closedIsTheEnd() {
        assertThat(CLOSED.successors()).isEmpty();
        for (RunState s : RunState.values()) {
            assertThat(CLOSED.canBecome(s)).as("CLOSED -> " + s).isFalse();
            assertThat(s.canBecome(CLOSED)).as(s + " -> CLOSED").isEqualTo(s != CLOSED);
        }
    }
}
