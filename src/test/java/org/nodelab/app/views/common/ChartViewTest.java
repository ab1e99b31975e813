package org.nodelab.app.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart view draws on the renderer's thread, never on the FX thread, and its surface shows the newest picture:
 * after an update, after a resize, and at once when a screenshot asks.
 */
class ChartViewTest {

    /** The threads that drew an item: the renderer is cloned into every copy, and the set with it. */
    private final Set<String> drawingThreads = ConcurrentHashMap.newKeySet();
    private final XYSeriesCollection data = new XYSeriesCollection();
    private ChartView chart;
    private Stage stage;
    private AnimationTimer pulses;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false) {
            @Override
            public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
                    PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
                    XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
                drawingThreads.add(Thread.currentThread().getName());
                super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                        crosshairState, pass);
            }
        };
        XYSeries s = new XYSeries("run");
        s.add(0, 0);
        s.add(1, 1);
        data.addSeries(s);
        FxToolkit.setupStage(st -> {
            stage = st;
            chart = new ChartView("test chart", new XYPlot(data, new NumberAxis(), new NumberAxis(), lines), false);
            st.setScene(new Scene(new StackPane(chart.viewer()), 400, 300));
            pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    chart.present();
                }
            };
            pulses.start();
            st.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(st -> {
            pulses.stop();
            st.hide();
        });
    }

    private long shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(chart::shownGeneration).get(5, TimeUnit.SECONDS);
    }

    private void awaitGenerationAbove(long generation) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown() > generation);
    }

    @Test
    void anUpdateIsDrawnOnTheRenderersThreadAndThenShown() throws Exception {
        awaitGenerationAbove(0);
        long before = shown();
        WaitForAsyncUtils.asyncFx(() -> {
            chart.request(() -> data.getSeries(0).add(2, 5));
            chart.flush(System.nanoTime());
        }).get(5, TimeUnit.SECONDS);
        awaitGenerationAbove(before);
        assertThat(drawingThreads).containsExactly("chart renderer");
    }

    @Test
    void aResizedSurfaceIsDrawnAgainAtItsNewSize() throws Exception {
        awaitGenerationAbove(0);
        long before = shown();
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(640)).get(5, TimeUnit.SECONDS);
        awaitGenerationAbove(before);
        double width = WaitForAsyncUtils.asyncFx(() -> chart.viewer().getWidth()).get(5, TimeUnit.SECONDS);
        assertThat(width).isGreaterThan(500);
    }

    @Test
    void drawNowShowsTheNewestPictureBeforeReturning() throws Exception {
        long drawn = WaitForAsyncUtils.asyncFx(() -> {
            data.getSeries(0).add(3, 9);
            chart.drawNow();
            return chart.shownGeneration();
        }).get(5, TimeUnit.SECONDS);
        assertThat(drawn).isPositive();
    }
}
