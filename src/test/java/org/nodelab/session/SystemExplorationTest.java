package org.nodelab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.nodelab.ode.Method;

class SystemExplorationTest {

    @Test
    void aLinearSystemsPictureMatchesItsExactDynamics() {
        // x' = -x + 2y, y' = -2x - y: eigenvalues -1 ± 2i, both Lyapunov exponents -1.
        ExplorationRequest request = new ExplorationRequest("x' = -x + 2*y; y' = -2*x - y", Map.of(),
                new double[] {0, 0}, 1.0, 4.0, Method.DOPRI5, 1e-9, 1e-11, Projection.FIRST_TWO);
        AnalysisSnapshot a = SystemExploration.analyze(
                org.nodelab.systems.SystemResolver.resolve(request.specification(), Map.of()), request);
        assertThat(a.problem()).isNull();
        assertThat(a.trackedCount()).isEqualTo(25);
        for (AnalysisSnapshot.SpectrumSample s : a.spectra()) {
            assertThat(s.eigenvalues()).allSatisfy(e -> {
                assertThat(e.re()).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-5));
                assertThat(Math.abs(e.im())).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-5));
            });
        }
        assertThat(a.lyapunovMean()).hasSize(2);
        assertThat(a.lyapunovMean()[0]).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-4));
        // The field slice is the field itself on the plane: at (x, y) the x-rate is -x + 2y.
        FieldSlice slice = a.field();
        int r = slice.resolution();
        int cell = 3 * r + 7;
        double x = slice.xMin() + (slice.xMax() - slice.xMin()) * (7 + 0.5) / r;
        double y = slice.yMin() + (slice.yMax() - slice.yMin()) * (3 + 0.5) / r;
        assertThat(slice.dx()[0][cell]).isCloseTo(-x + 2 * y, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(slice.dy()[0][cell]).isCloseTo(-2 * x - y, org.assertj.core.data.Offset.offset(1e-12));
        // Every trajectory spirals in towards the origin.
        double[] last = a.trajectories()[a.trajectories().length - 1];
        for (double v : last) {
            assertThat(Math.abs(v)).isLessThan(0.05);
        }
    }

    @Test
    void badEquationsKeepTheLastPictureAndSayWhere() {
        try (SystemExploration exploration = new SystemExploration(ExplorationRequest.defaults())) {
            ExplorationSnapshot first = awaitIdle(exploration);
            assertThat(first.analysis()).isNotNull();
            assertThat(first.system().id()).isEqualTo("vanderpol");
            exploration.submit(ExplorationRequest.defaults().withSpecification("x' = y; y' = -(x", Map.of()));
            ExplorationSnapshot bad = awaitIdle(exploration);
            assertThat(bad.problem()).contains("column");
            assertThat(bad.analysis()).as("the last good picture stays").isSameAs(first.analysis());
        }
    }

    /**
     * A typing mistake is found in microseconds, often before {@code submit} has returned: the worker's answer
     * must still be the last word. (It once lost the race now and then and the exploration said "computing"
     * for good.)
     */
    @Test
    void aMistakeFoundAtOnceIsNeverLeftComputing() {
        try (SystemExploration exploration = new SystemExploration(ExplorationRequest.defaults())) {
            awaitIdle(exploration);
            for (int k = 0; k < 200; k++) {
                exploration.submit(ExplorationRequest.defaults().withSpecification("x' = y; y' = -(x" + k, Map.of()));
                ExplorationSnapshot s = Awaitility.await("mistake " + k + " is reported").atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(1)).until(exploration::snapshot, x -> !x.computing());
                assertThat(s.problem()).contains("column");
            }
        }
    }

    @Test
    void aBlowUpIsReportedWithWhereItStopped() {
        try (SystemExploration exploration = new SystemExploration(new ExplorationRequest("y' = y^2", Map.of(),
                new double[] {1}, 0.5, 5.0, Method.DOPRI5, 1e-6, 1e-8, Projection.FIRST_TWO))) {
            ExplorationSnapshot s = awaitIdle(exploration);
            assertThat(s.problem()).contains("stopped at t =");
            assertThat(s.analysis().trajectories()).isNotEmpty();
        }
    }

    @Test
    void requestsMadeDuringASolveCollapseIntoTheNewest() {
        try (SystemExploration exploration = new SystemExploration(ExplorationRequest.defaults())) {
            ExplorationRequest last = null;
            for (double spread = 0.5; spread <= 3.0; spread += 0.5) {
                last = new ExplorationRequest("x' = y; y' = -x", Map.of(), null, spread, 6.0, Method.DOPRI5, 1e-6,
                        1e-8, Projection.FIRST_TWO);
                exploration.submit(last);
                assertThat(exploration.snapshot().computing()).isTrue();
            }
            ExplorationSnapshot done = awaitIdle(exploration);
            assertThat(done.request()).as("the newest request wins").isSameAs(last);
            assertThat(done.problem()).isNull();
            assertThat(done.system()).isNotNull();
        }
    }

    static ExplorationSnapshot awaitIdle(SystemExploration exploration) {
        return Awaitility.await("the exploration finishes").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(10)).until(exploration::snapshot, s -> !s.computing());
    }
}
