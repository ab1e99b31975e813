package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A view's history is cleared exactly when the experiment changes: reset, new model or system, mode switch. */
class ExperimentIdentityTest {

    private final Object session = new Object();
    private final Object data = new Object();

    @Test
    void trainingOnKeepsTheGeneration() {
        ExperimentIdentity id = new ExperimentIdentity();
        long g = id.observe(session, data, 0, true, "a0");
        assertThat(id.observe(session, data, 1, false, "a1")).isEqualTo(g);
        assertThat(id.observe(session, data, 5, false, "a5")).isEqualTo(g);
        assertThat(id.observe(session, data, 5, false, "a5")).isEqualTo(g);
    }

    @Test
    void resetNewSessionModeSwitchAndRebuildStartAfresh() {
        ExperimentIdentity id = new ExperimentIdentity();
        long g0 = id.observe(session, data, 0, true, "a0");
        id.observe(session, data, 40, false, "a40");
        long afterReset = id.observe(session, data, 0, true, "b0");
        assertThat(afterReset).as("a reset shrinks the history").isGreaterThan(g0);
        long rebuilt = id.observe(session, data, 0, true, "c0");
        assertThat(rebuilt).as("a rebuild before training gives another untrained analysis").isGreaterThan(afterReset);
        Object exploration = new Object();
        Object system = new Object();
        long explored = id.observe(exploration, system, -1, false, "e");
        assertThat(explored).as("the mode switch").isGreaterThan(rebuilt);
        long otherSystem = id.observe(exploration, new Object(), -1, false, "f");
        assertThat(otherSystem).as("typed equations").isGreaterThan(explored);
        long sample = id.observe(new Object(), new Object(), 0, true, "s");
        assertThat(sample).as("an opened sample is a new session").isGreaterThan(otherSystem);
    }
}
