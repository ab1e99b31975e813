package org.nodelab.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nodelab.ode.ButcherTableaus;
import org.nodelab.ode.Method;

class StabilityRegionTest {

    private static void assertBoundaryIsTheUnitLevelSetAndDrawsCleanly(StabilityRegion region) {
        assertThat(region.boundary()).isNotEmpty();
        for (Curve curve : region.boundary()) {
            assertThat(curve.isClosed()).as("%s curve closed", region.name()).isTrue();
            for (int i = 0; i < curve.size(); i++) {
                assertThat(region.amplification(curve.re()[i], curve.im()[i]))
                        .as("%s |R| at point %d", region.name(), i).isCloseTo(1, within(1e-9));
                if (i > 0) {
                    double gap = Math.hypot(curve.re()[i] - curve.re()[i - 1], curve.im()[i] - curve.im()[i - 1]);
                    assertThat(gap).as("%s segment %d", region.name(), i).isLessThanOrEqualTo(RootLocus.MAX_SEGMENT);
                }
            }
        }
    }

    @Test
    void eulerRegionIsTheDiskAroundMinusOne() {
        StabilityRegion euler = StabilityRegion.of(ButcherTableaus.EULER);
        assertBoundaryIsTheUnitLevelSetAndDrawsCleanly(euler);
        assertThat(euler.boundary()).hasSize(1);
        Curve circle = euler.boundary().get(0);
        for (int i = 0; i < circle.size(); i++) {
            assertThat(Math.hypot(1 + circle.re()[i], circle.im()[i])).isCloseTo(1, within(1e-12));
        }
        assertThat(euler.realAxisInterval()).isCloseTo(-2, within(1e-9));
        assertThat(euler.contains(-1, 0.9)).isTrue();
        assertThat(euler.contains(0.1, 0)).isFalse();
    }

    @Test
    void rk4IntervalAndBoundary() {
        StabilityRegion rk4 = StabilityRegion.of(ButcherTableaus.RK4);
        assertThat(rk4.realAxisInterval()).isCloseTo(-2.785, within(1e-3));
        assertBoundaryIsTheUnitLevelSetAndDrawsCleanly(rk4);
        assertThat(rk4.contains(-2.7, 0)).isTrue();
        assertThat(rk4.contains(-2.9, 0)).isFalse();
        // RK4 reaches about 2.83i along the imaginary axis.
        assertThat(rk4.contains(0, 2.8)).isTrue();
        assertThat(rk4.contains(0, 2.9)).isFalse();
    }

    @Test
    void dopri5IntervalAndBoundary() {
        StabilityRegion dopri5 = StabilityRegion.of(Method.DOPRI5);
        assertThat(dopri5.realAxisInterval()).isCloseTo(-3.307, within(2e-3));
        assertBoundaryIsTheUnitLevelSetAndDrawsCleanly(dopri5);
    }

    @Test
    void everyRungeKuttaMethodTracesCleanly() {
        for (Method method : Method.values()) {
            StabilityRegion region = StabilityRegion.of(method);
            if (method != Method.VERLET) {
                assertBoundaryIsTheUnitLevelSetAndDrawsCleanly(region);
                assertThat(region.contains(-0.01, 0)).as(method.id()).isTrue();
            }
        }
    }

    @Test
    void verletIsStableOnTheImaginarySegmentOnly() {
        StabilityRegion verlet = StabilityRegion.of(Method.VERLET);
        assertThat(verlet.boundary()).hasSize(1);
        Curve segment = verlet.boundary().get(0);
        assertThat(segment.re()).containsExactly(0, 0);
        assertThat(segment.im()).containsExactly(-2, 2);
        assertThat(verlet.contains(0, 1.99)).isTrue();
        assertThat(verlet.contains(0, 2.01)).isFalse();
        assertThat(verlet.contains(-0.1, 0)).isFalse();
        assertThat(verlet.realAxisInterval()).isZero();
        assertThat(verlet.amplification(0, 1.5)).isEqualTo(1);
        assertThat(verlet.amplification(0, 2.5)).isGreaterThan(1);
    }
}
