package org.nodelab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.ParametricVectorField;

/**
 * The one timing loop behind bench field and the cost panel: it times what it says (counted calls of the real
 * field, each at a fresh t), and refuses what cannot be timed. Durations themselves are never asserted.
 */
class FieldTimingTest {

    /** The real field, counting its calls and the times it is asked at. */
    private static final class Counting implements ParametricVectorField {
        final ParametricVectorField inner;
        final AtomicInteger evaluations = new AtomicInteger();
        final AtomicInteger vjps = new AtomicInteger();
        final java.util.Set<Double> times = new java.util.HashSet<>();

        Counting(ParametricVectorField inner) {
            this.inner = inner;
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public int parameterCount() {
            return inner.parameterCount();
        }

        @Override
        public void evaluate(double t, double[] y, double[] dydt) {
            evaluations.incrementAndGet();
            times.add(t);
            inner.evaluate(t, y, dydt);
        }

        @Override
        public void vectorJacobianProduct(double t, double[] y, double[] c, double[] stateCotangent,
                                          double[] parameterCotangent) {
            vjps.incrementAndGet();
            inner.vectorJacobianProduct(t, y, c, stateCotangent, parameterCotangent);
        }
    }

    private static NeuralOdeModel model() {
        return NeuralOdeModels.create(ModelConfig.defaults(ModelFamilies.fromId("node"), 2, 2).withWidth(8));
    }

    @Test
    void theCostPanelsSampleTimesEachCallOnceAfterItsWarmUp() {
        NeuralOdeModel m = model();
        try {
            Counting field = new Counting(m.field());
            double[] y = new double[4 * field.dimension()];
            java.util.Arrays.fill(y, 0.3);
            FieldTiming.Samples s = FieldTiming.sample(field, y, new double[y.length], true, 5, 12);
            assertThat(s.forwardNanos()).hasSize(12);
            assertThat(java.util.Arrays.stream(s.forwardNanos()).allMatch(n -> n > 0)).isTrue();
            assertThat(s.vjpAfterForwardNanos()).hasSize(12);
            assertThat(java.util.Arrays.stream(s.vjpAfterForwardNanos()).allMatch(n -> n > 0)).isTrue();
            assertThat(field.evaluations).hasValue(17);
            assertThat(field.vjps).hasValue(17);
            // Every call at a fresh time: no field can answer from a pass it cached at the previous one.
            assertThat(field.times).hasSize(17);

            FieldTiming.Samples forwardOnly = FieldTiming.sample(field, y, new double[y.length], false, 0, 3);
            assertThat(forwardOnly.forwardNanos()).hasSize(3);
            assertThat(forwardOnly.vjpAfterForwardNanos()).isEmpty();
            assertThat(field.vjps).hasValue(17);
        } finally {
            m.close();
        }
    }

    @Test
    void interleavedFieldsAreEachTimedEveryRound() {
        NeuralOdeModel a = model();
        NeuralOdeModel b = model();
        try {
            Counting fa = new Counting(a.field());
            Counting fb = new Counting(b.field());
            List<FieldTiming.Result> r = FieldTiming.measure(List.of(fa, fb), 3, 8, 1);
            assertThat(r).hasSize(2).allSatisfy(x -> assertThat(x.calls()).isEqualTo(8));
            // 20 warm-up rounds (the least) and 8 timed: one evaluation and two VJPs a round.
            assertThat(fa.evaluations).hasValue(28);
            assertThat(fb.vjps).hasValue(56);
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void whatCannotBeTimedIsRefused() {
        NeuralOdeModel m = model();
        try {
            ParametricVectorField f = m.field();
            assertThatThrownBy(() -> FieldTiming.sample(f, new double[3], new double[3], true, 0, 5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole batch");
            assertThatThrownBy(() -> FieldTiming.sample(f, new double[4], new double[4], true, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one call");
        } finally {
            m.close();
        }
    }
}
