package org.nodelab.app.headless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nodelab.train.MemorySample;

/** The soak's figures on samples whose answer is known. */
class SoakStatisticsTest {

    private static MemorySample at(long iteration, double rss) {
        return new MemorySample(iteration / 10.0, iteration, rss, rss, 1, 50, 100);
    }

    @Test
    void a_line_has_its_slope_per_thousand_iterations_and_its_median_over_the_second_half() {
        List<MemorySample> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            samples.add(at(i * 500L, 200 + 0.01 * i * 500));
        }
        SoakStatistics s = SoakStatistics.of(samples);
        assertThat(s.slopeMbPer1000()).isCloseTo(10, within(1e-9));
        // Second half: samples 5..9, RSS 225, 230, 235, 240, 245.
        assertThat(s.plateauMb()).isCloseTo(235, within(1e-9));
        assertThat(s.maxMb()).isCloseTo(245, within(1e-9));
        assertThat(s.firstIteration()).isEqualTo(2500);
        assertThat(s.lastIteration()).isEqualTo(4500);
    }

    @Test
    void a_start_up_climb_followed_by_a_plateau_with_one_spike_reads_flat() {
        List<MemorySample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double rss = i < 5 ? 150 + 60 * i : (i % 2 == 0 ? 420 : 430);
            samples.add(at(i * 300L, i == 15 ? 700 : rss));
        }
        SoakStatistics s = SoakStatistics.of(samples);
        // Second half: five samples at 420, four at 430 and the spike; the median lies between 420 and 430.
        assertThat(s.plateauMb()).isCloseTo(425, within(1e-9));
        assertThat(s.maxMb()).isEqualTo(700);
        assertThat(Math.abs(s.slopeMbPer1000())).isLessThan(60);
    }

    @Test
    void without_training_between_samples_the_slope_is_unknown_not_infinite() {
        SoakStatistics s = SoakStatistics.of(List.of(at(7, 300), at(7, 310), at(7, 320)));
        assertThat(s.slopeMbPer1000()).isNaN();
        assertThat(s.toMap().get("slopeRssMbPer1000Iterations")).isNull();
        assertThat(SoakStatistics.of(List.of()).samples()).isZero();
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(SoakStatistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(SoakStatistics.median(new double[] {5})).isEqualTo(5);
        assertThat(SoakStatistics.median(new double[0])).isNaN();
    }
}
