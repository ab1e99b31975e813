package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A remembered window size is used within what the layout supports and what the screen offers. */
class WindowPlacementTest {

    @Test
    void keepsASensibleSavedSize() {
        assertThat(WindowPlacement.fit(1400, 900, 1920, 1080)).containsExactly(1400, 900);
    }

    @Test
    void neverBelowTheMinimumNorBeyondTheScreen() {
        assertThat(WindowPlacement.fit(500, 300, 1920, 1080)).containsExactly(1024, 640);
        assertThat(WindowPlacement.fit(3000, 2000, 1600, 1000)).containsExactly(1600, 1000);
        assertThat(WindowPlacement.fit(Double.NaN, -1, 1920, 1080)).containsExactly(1280, 800);
    }
}
