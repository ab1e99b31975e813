package org.nodelab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window (headless under Monocle when run by Maven), drags the damping slider, and waits for
 * the background solve to reach the chart and the NFE label.
 */
class NodeLabAppTest {

    private static final Pattern NFE = Pattern.compile("NFE (\\d+)");

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application application;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(NodeLabApp.class);
        // Since JavaFX 20 a stage shown headless may not get focus by itself.
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensTheWindowWithTitleAndChart() {
        assertThat(stage.getTitle()).isEqualTo("NODE Lab");
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#phasePortrait").queryAs(ChartViewer.class)).isNotNull();
        assertThat(stage.getIcons()).as("the stage icon from assets/").isNotEmpty();
    }

    @Test
    void movingTheDampingSliderResolvesAndRedrawsThePortrait() throws Exception {
        Slider slider = robot.lookup("#dampingSlider").queryAs(Slider.class);
        Label nfeLabel = robot.lookup("#nfeLabel").queryAs(Label.class);
        Label status = robot.lookup("#solveStatus").queryAs(Label.class);
        XYSeriesCollection dataset = (XYSeriesCollection) robot.lookup("#phasePortrait").queryAs(ChartViewer.class)
                .getChart().getXYPlot().getDataset();
        double before = slider.getValue();

        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(90, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        double after = fx(slider::getValue);
        assertThat(after).as("slider value after dragging its thumb").isGreaterThan(before + 0.1);

        String expectedStatus = String.format(java.util.Locale.ROOT, "\u03b3 = %.2f", after);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() ->
                nfe(nfeLabel.getText()) > 0
                        && status.getText().startsWith(expectedStatus)
                        && dataset.getSeriesCount() > 0
                        && dataset.getSeries(0).getItemCount() > 0));

        assertThat(fx(() -> nfe(nfeLabel.getText()))).isPositive();
        for (int s = 0; s < HeavyBallPortrait.STARTS.length; s++) {
            int series = s;
            assertThat(fx(() -> dataset.getSeries(series).getItemCount()))
                    .as("points in trajectory %d", s).isEqualTo(HeavyBallPortrait.SAMPLES);
        }
        // The damped trajectories end near the origin.
        double lastX = fx(() -> dataset.getSeries(0).getX(HeavyBallPortrait.SAMPLES - 1).doubleValue());
        assertThat(Math.abs(lastX)).isLessThan(2.5);
    }

    private static long nfe(String text) {
        Matcher m = NFE.matcher(text == null ? "" : text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
