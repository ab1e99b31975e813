package org.nodelab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.TrainingHistory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export, each format written and read back: PNG at 1× and 2× (its pixel size), SVG (XML with an svg
 * root per chart), the views' data and the run history as CSV (rows match the trainer's history).
 */
class WindowExportTest {

    private final FxRobot robot = new FxRobot();
    private NodeLabApp application;
    private WindowProbe probe;

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        application = (NodeLabApp) FxToolkit.setupApplication(NodeLabApp.class);
        probe = application.probe();
        robot.interact(stage::toFront);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.session().snapshot().analysis() != null);
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                probe.session().step();
            }
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.session().snapshot().latest() != null
                && probe.session().snapshot().latest().iteration() == 4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> probe.renderedNewest()
                && probe.count("loss", "points") == 4));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void pngAtAChosenScale(@TempDir Path dir) throws Exception {
        Path one = fx(() -> probe.exports().png(dir.resolve("one.png"), 1)).get(30, TimeUnit.SECONDS);
        Path two = fx(() -> probe.exports().png(dir.resolve("two.png"), 2)).get(30, TimeUnit.SECONDS);
        java.awt.image.BufferedImage a = javax.imageio.ImageIO.read(one.toFile());
        java.awt.image.BufferedImage b = javax.imageio.ImageIO.read(two.toFile());
        assertThat(a.getWidth()).isGreaterThan(600);
        assertThat(b.getWidth()).isEqualTo(2 * a.getWidth());
        assertThat(b.getHeight()).isEqualTo(2 * a.getHeight());
    }

    @Test
    void everyChartAsSvg(@TempDir Path dir) throws Exception {
        List<Path> files = fx(() -> probe.exports().svg(dir)).get(30, TimeUnit.SECONDS);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("loss-chart.svg", "spectrum-chart.svg", "nfe-chart.svg", "step-size-chart.svg");
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(text).as(f.toString()).contains("<svg").contains("</svg>");
            // Parses as XML.
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement().getTagName())
                    .isEqualTo("svg");
        }
    }

    @Test
    void viewDataAndHistoryAsCsv(@TempDir Path dir) throws Exception {
        List<Path> files = fx(() -> probe.exports().csv(dir)).get(30, TimeUnit.SECONDS);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("loss-chart.csv", "trajectories.csv", "lyapunov-chart.csv");
        List<String> loss = Files.readAllLines(dir.resolve("loss-chart.csv"));
        assertThat(loss.get(0)).isEqualTo("dataset,series,x,y");
        assertThat(loss).filteredOn(l -> l.contains(",train loss,")).hasSize(4);

        SessionSnapshot s = probe.session().snapshot();
        TrainingHistory.View h = s.history();
        Path history = fx(() -> probe.exports().historyCsv(dir.resolve("history.csv"))).get(30, TimeUnit.SECONDS);
        List<String> rows = Files.readAllLines(history);
        assertThat(rows.get(0)).startsWith("iteration,train_loss,test_loss");
        assertThat(rows).hasSize(h.size() + 1);
        for (int i = 0; i < h.size(); i++) {
            String[] cells = rows.get(i + 1).split(",", -1);
            assertThat(Integer.parseInt(cells[0])).isEqualTo(h.iteration()[i]);
            assertThat(Double.parseDouble(cells[1])).isEqualTo(h.trainLoss()[i]);
            assertThat(Long.parseLong(cells[5])).isEqualTo(h.nfeForward()[i]);
        }
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
