package org.nodelab.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The log sliders stand on 1-2-5 values, exactly, so a user can return to exactly 1e-3. */
class LogSliderSnapTest {

    @Test
    void snapsToOneTwoFiveExactly() {
        assertThat(LabeledSlider.snap125(-3)).isEqualTo(1e-3);
        assertThat(LabeledSlider.snap125(-3.02)).isEqualTo(1e-3);
        assertThat(LabeledSlider.snap125(-2.99)).isEqualTo(1e-3);
        assertThat(LabeledSlider.snap125(-3 + Math.log10(2) + 0.01)).isEqualTo(2e-3);
        assertThat(LabeledSlider.snap125(-3 + Math.log10(5) - 0.01)).isEqualTo(5e-3);
        assertThat(LabeledSlider.snap125(-2.05)).isEqualTo(1e-2);
        assertThat(LabeledSlider.snap125(0.3)).isEqualTo(2);
    }

    @Test
    void showsTheExactValue() {
        assertThat(LabeledSlider.exact(1e-3)).isEqualTo("1e-3");
        assertThat(LabeledSlider.exact(5e-8)).isEqualTo("5e-8");
        assertThat(LabeledSlider.exact(0.05)).isEqualTo("0.05");
        assertThat(LabeledSlider.exact(2)).isEqualTo("2");
        assertThat(LabeledSlider.exact(20)).isEqualTo("20");
    }
}
