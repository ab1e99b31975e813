package org.nodelab.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticDatasetsTest {

    private static final List<String> CLASSIFICATION_IDS = List.of("spirals", "circles", "moons", "spheres");

    @Test
    void the_same_seed_gives_identical_data_and_another_seed_does_not() {
        for (String id : DatasetRegistry.ids()) {
            GeneratorSettings settings = DatasetRegistry.entry(id).defaults().withPoints(101).withSeed(42);
            Dataset a = DatasetRegistry.generate(id, settings);
            Dataset b = DatasetRegistry.generate(id, settings);
            Dataset c = DatasetRegistry.generate(id, settings.withSeed(43));
            assertThat(a.train().features()).as(id).containsExactly(b.train().features());
            assertThat(a.test().features()).as(id).containsExactly(b.test().features());
            assertThat(Arrays.equals(a.train().features(), c.train().features())).as(id).isFalse();
            if (a.kind() == TaskKind.CLASSIFICATION) {
                assertThat(a.train().labels()).containsExactly(b.train().labels());
            } else {
                assertThat(a.train().targets()).containsExactly(b.train().targets());
                assertThat(a.test().targets()).containsExactly(b.test().targets());
            }
        }
    }

    @Test
    void classes_are_balanced_in_both_parts_and_shapes_match() {
        for (String id : CLASSIFICATION_IDS) {
            Dataset data = DatasetRegistry.generate(id, GeneratorSettings.of(1000, 0.05, 7));
            int dimension = id.equals("spheres") ? 3 : 2;
            assertThat(data.kind()).isEqualTo(TaskKind.CLASSIFICATION);
            assertThat(data.featureDimension()).isEqualTo(dimension);
            assertThat(data.classCount()).isEqualTo(2);
            assertThat(data.train().size()).isEqualTo(800);
            assertThat(data.test().size()).isEqualTo(200);
            assertThat(data.train().features()).hasSize(800 * dimension);
            assertThat(count(data.train().labels(), 0)).isEqualTo(400);
            assertThat(count(data.test().labels(), 0)).isEqualTo(100);
            // Shuffled: the first half of the train part is not one class.
            int[] firstHalf = Arrays.copyOf(data.train().labels(), 400);
            assertThat(count(firstHalf, 0)).isBetween(100, 300);
        }
        Dataset odd = Moons.generate(GeneratorSettings.of(101, 0.1, 1));
        int zeros = count(odd.train().labels(), 0) + count(odd.test().labels(), 0);
        assertThat(zeros).isEqualTo(51);
    }

    @Test
    void circles_inner_radii_lie_below_outer_radii() {
        Dataset data = ConcentricCircles.generate(GeneratorSettings.of(2000, 0, 3));
        double innerMax = 0;
        double outerMin = Double.MAX_VALUE;
        double outerMax = 0;
        for (DataPart part : List.of(data.train(), data.test())) {
            for (int i = 0; i < part.size(); i++) {
                double r = Math.hypot(part.feature(i, 0), part.feature(i, 1));
                if (part.label(i) == 0) {
                    innerMax = Math.max(innerMax, r);
                } else {
                    outerMin = Math.min(outerMin, r);
                    outerMax = Math.max(outerMax, r);
                }
            }
        }
        assertThat(innerMax).isLessThanOrEqualTo(ConcentricCircles.INNER_RADIUS).isGreaterThan(0.45);
        assertThat(outerMin).isGreaterThanOrEqualTo(ConcentricCircles.ANNULUS_INNER_RADIUS).isLessThan(1.05);
        assertThat(outerMax).isLessThanOrEqualTo(ConcentricCircles.ANNULUS_OUTER_RADIUS).isGreaterThan(1.45);
    }

    @Test
    void spheres_are_a_ball_inside_a_shell_spread_over_all_directions() {
        Dataset data = NestedSpheres.generate(GeneratorSettings.of(2000, 0, 3));
        DataPart train = data.train();
        double[] mean = new double[3];
        for (int i = 0; i < train.size(); i++) {
            double r = Math.sqrt(train.feature(i, 0) * train.feature(i, 0) + train.feature(i, 1) * train.feature(i, 1)
                    + train.feature(i, 2) * train.feature(i, 2));
            if (train.label(i) == 0) {
                assertThat(r).isLessThanOrEqualTo(NestedSpheres.INNER_RADIUS);
            } else {
                assertThat(r).isBetween(NestedSpheres.SHELL_INNER_RADIUS, NestedSpheres.SHELL_OUTER_RADIUS);
            }
            for (int j = 0; j < 3; j++) {
                mean[j] += train.feature(i, j) / train.size();
            }
        }
        for (double m : mean) {
            assertThat(m).isCloseTo(0, within(0.1));
        }
    }

    @Test
    void noise_free_spiral_points_lie_on_their_own_arm() {
        Dataset data = TwoSpirals.generate(GeneratorSettings.of(1000, 0, 5));
        DataPart train = data.train();
        for (int i = 0; i < train.size(); i++) {
            double x = train.feature(i, 0);
            double y = train.feature(i, 1);
            double r = Math.hypot(x, y);
            assertThat(r).isBetween(TwoSpirals.INNER_RADIUS - 1e-12, 1.0);
            double expected = r * TwoSpirals.TURNS * 2 * Math.PI + train.label(i) * Math.PI;
            double difference = Math.IEEEremainder(Math.atan2(y, x) - expected, 2 * Math.PI);
            assertThat(difference).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void noise_free_moons_lie_on_their_half_circles() {
        DataPart train = Moons.generate(GeneratorSettings.of(400, 0, 5)).train();
        for (int i = 0; i < train.size(); i++) {
            double x = train.feature(i, 0);
            double y = train.feature(i, 1);
            if (train.label(i) == 0) {
                assertThat(Math.hypot(x, y)).isCloseTo(1, within(1e-12));
                assertThat(y).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(Math.hypot(x - 1, y - 0.5)).isCloseTo(1, within(1e-12));
                assertThat(y).isLessThanOrEqualTo(0.5);
            }
        }
    }

    @Test
    void oscillator_targets_are_the_closed_form_within_the_noise_and_test_rows_extrapolate() {
        OscillatorParameters physics = OscillatorParameters.defaults();
        double noise = 0.01;
        Dataset data = DampedOscillator.generate(new GeneratorSettings(50, noise, 0.2, 9), physics);
        TimeSeriesLayout layout = data.timeSeriesLayout().orElseThrow();
        assertThat(data.kind()).isEqualTo(TaskKind.TIME_SERIES);
        assertThat(data.featureDimension()).isEqualTo(2);
        assertThat(layout.trainObservationCount()).isEqualTo(50);
        assertThat(layout.observationCount()).isEqualTo(100);
        assertThat(layout.trainHorizon()).isEqualTo(5.0);
        assertThat(layout.extrapolationHorizon()).isEqualTo(10.0);
        assertThat(data.train().targetDimension()).isEqualTo(50);
        assertThat(data.test().targetDimension()).isEqualTo(100);
        assertThat(data.train().size()).isEqualTo(40);
        assertThat(data.test().size()).isEqualTo(10);
        double[] times = layout.times();
        double sumSquares = 0;
        int n = 0;
        for (DataPart part : List.of(data.train(), data.test())) {
            for (int i = 0; i < part.size(); i++) {
                for (int j = 0; j < part.targetDimension(); j++) {
                    double exact = DampedOscillator.position(part.feature(i, 0), part.feature(i, 1), times[j],
                            physics.dampingRatio(), physics.angularFrequency());
                    double residual = part.target(i, j) - exact;
                    assertThat(Math.abs(residual)).isLessThan(6 * noise);
                    sumSquares += residual * residual;
                    n++;
                }
            }
        }
        assertThat(Math.sqrt(sumSquares / n)).isCloseTo(noise, within(0.1 * noise));
    }

    @Test
    void closed_form_solves_the_equation_in_every_damping_regime() {
        double omega = 1.7;
        for (double zeta : new double[] {0, 0.3, 1, 1 + 1e-10, 2.5}) {
            for (double t : new double[] {0, 0.4, 3, 40}) {
                double h = 1e-4;
                double x = DampedOscillator.position(0.8, -0.3, t, zeta, omega);
                double plus = DampedOscillator.position(0.8, -0.3, t + h, zeta, omega);
                double minus = DampedOscillator.position(0.8, -0.3, Math.max(0, t - h), zeta, omega);
                if (t == 0) {
                    assertThat(x).isEqualTo(0.8);
                    assertThat((plus - x) / h).isCloseTo(-0.3, within(1e-3));
                    continue;
                }
                double velocity = (plus - minus) / (2 * h);
                double acceleration = (plus - 2 * x + minus) / (h * h);
                double residual = acceleration + 2 * zeta * omega * velocity + omega * omega * x;
                assertThat(residual).as("ζ = %s, t = %s", zeta, t).isCloseTo(0, within(1e-5));
            }
        }
        // Critical damping from either side agrees with the critical formula.
        assertThat(DampedOscillator.position(1, 0, 2, 1 + 1e-9, 1))
                .isCloseTo(DampedOscillator.position(1, 0, 2, 1, 1), within(1e-8));
        assertThat(DampedOscillator.position(1, 0, 2, 1 - 1e-9, 1))
                .isCloseTo(DampedOscillator.position(1, 0, 2, 1, 1), within(1e-8));
        assertThat(DampedOscillator.position(1, 1, 2000, 3, 1)).isFinite();
    }

    @Test
    void registry_lists_the_ids_and_refuses_unknown_ones_naming_the_valid_ones() {
        assertThat(DatasetRegistry.ids()).containsExactlyInAnyOrder("spirals", "circles", "moons", "spheres",
                "oscillator");
        for (DatasetEntry entry : DatasetRegistry.entries()) {
            assertThat(entry.description()).isNotBlank();
            assertThat(entry.generate().name()).isEqualTo(entry.id());
            assertThat(entry.generate().kind()).isEqualTo(entry.kind());
        }
        assertThat(DatasetRegistry.entry(" Spirals ").id()).isEqualTo("spirals");
        assertThatThrownBy(() -> DatasetRegistry.entry("xor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xor'")
                .hasMessageContaining("spirals, ").hasMessageContaining("oscillator");
    }

    @Test
    void datasets_cannot_be_changed_through_their_arrays() {
        Dataset data = Moons.generate(GeneratorSettings.of(100, 0.1, 1));
        double before = data.train().feature(0, 0);
        data.train().features()[0] = 1e9;
        data.train().labels()[0] = 7;
        assertThat(data.train().feature(0, 0)).isEqualTo(before);
        assertThat(data.train().label(0)).isLessThan(2);
        double[] features = {1, 2, 3, 4};
        DataPart part = DataPart.labeled(2, features, new int[] {0, 1});
        features[0] = 99;
        assertThat(part.feature(0, 0)).isEqualTo(1);
    }

    @Test
    void standardization_uses_train_statistics_for_both_parts() {
        Dataset data = ConcentricCircles.generate(GeneratorSettings.of(1000, 0.1, 2));
        Dataset shifted = Dataset.classification("shifted", "", 2, shift(data.train()), shift(data.test()));
        Standardization fitted = Standardization.fit(shifted.train());
        Dataset standardized = fitted.apply(shifted);
        double[] means = fitted.means();
        assertThat(means[0]).isCloseTo(10, within(0.1));
        DataPart train = standardized.train();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < train.size(); i++) {
            sum += train.feature(i, 0);
            squares += train.feature(i, 0) * train.feature(i, 0);
        }
        assertThat(sum / train.size()).isCloseTo(0, within(1e-12));
        assertThat(squares / train.size()).isCloseTo(1, within(1e-12));
        double expected = (shifted.test().feature(3, 1) - means[1]) / fitted.scales()[1];
        assertThat(standardized.test().feature(3, 1)).isCloseTo(expected, within(1e-15));
        assertThat(standardized.test().labels()).containsExactly(shifted.test().labels());
        // Nothing happened to the original.
        assertThat(shifted.train().feature(0, 0)).isGreaterThan(5);
    }

    private static DataPart shift(DataPart part) {
        double[] features = part.features();
        for (int i = 0; i < features.length; i += 2) {
            features[i] += 10;
        }
        return DataPart.labeled(2, features, part.labels());
    }

    private static int count(int[] labels, int label) {
        return (int) Arrays.stream(labels).filter(l -> l == label).count();
    }
}
