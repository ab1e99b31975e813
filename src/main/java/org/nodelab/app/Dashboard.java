package org.nodelab.app;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import org.nodelab.session.Projection;

/**
 * Every live view at once: the state space large on the left, spectrum and Lyapunov beside it, NFE and loss
 * below them. Double-clicking a view's title shows that view alone (for a projector) and back.
 */
final class Dashboard {

    private final StateSpaceView stateSpace;
    private final SpectrumView spectrum = new SpectrumView();
    private final LyapunovView lyapunov = new LyapunovView();
    private final NfeView nfe = new NfeView();
    private final LossView loss = new LossView();
    private final GridPane grid = new GridPane();
    private final List<ChartView> charts;
    private ViewPane focused;
    private boolean training = true;
    private int nextChart;
    private static final List<String> CHART_NAMES = List.of("spectrum chart", "lyapunov chart", "nfe chart",
            "step-size chart", "loss chart");
    private final RenderProfile profile = new RenderProfile();

    Dashboard(Consumer<Projection> projectionListener) {
        stateSpace = new StateSpaceView(projectionListener);
        charts = List.of(spectrum.chart(), lyapunov.chart(), nfe.nfeChart(), nfe.stepChart(), loss.chart());
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        for (ViewPane pane : List.of(stateSpace.pane(), spectrum.pane(), lyapunov.pane(), nfe.pane(), loss.pane())) {
            pane.header().setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    toggleFocus(pane);
                }
            });
        }
        layout();
    }

    GridPane root() {
        return grid;
    }

    StateSpaceView stateSpace() {
        return stateSpace;
    }

    SpectrumView spectrum() {
        return spectrum;
    }

    LyapunovView lyapunov() {
        return lyapunov;
    }

    NfeView nfe() {
        return nfe;
    }

    LossView loss() {
        return loss;
    }

    /** Training shows the loss view; exploring a system has no loss, so NFE takes its place. */
    void setTraining(boolean on) {
        if (on != training) {
            training = on;
            focused = null;
            layout();
        }
    }

    void toggleFocus(ViewPane pane) {
        focused = focused == pane ? null : pane;
        layout();
    }

    private void layout() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        if (focused != null) {
            grid.getColumnConstraints().add(column(100));
            grid.getRowConstraints().add(row(100));
            grid.add(focused, 0, 0);
            return;
        }
        grid.getColumnConstraints().addAll(column(42), column(29), column(29));
        grid.getRowConstraints().addAll(row(50), row(50));
        grid.add(stateSpace.pane(), 0, 0, 1, 2);
        grid.add(spectrum.pane(), 1, 0);
        grid.add(lyapunov.pane(), 2, 0);
        if (training) {
            grid.add(nfe.pane(), 1, 1);
            grid.add(loss.pane(), 2, 1);
        } else {
            grid.add(nfe.pane(), 1, 1, 2, 1);
        }
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static RowConstraints row(double percent) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(percent);
        r.setVgrow(Priority.ALWAYS);
        r.setFillHeight(true);
        return r;
    }

    /** Once per pulse: hand the newest frame to every view, then redraw at most one chart. */
    void render(Frame frame, boolean changed, long pulseNanos) {
        if (frame == null) {
            return;
        }
        long t0 = System.nanoTime();
        boolean drew = stateSpace.render(frame, pulseNanos);
        if (drew) {
            profile.record("state space", System.nanoTime() - t0);
        }
        if (changed) {
            spectrum.render(frame);
            lyapunov.render(frame);
            nfe.render(frame);
            loss.render(frame);
        }
        if (drew) {
            // One costly drawing per pulse: the charts wait for the next one.
            return;
        }
        for (int i = 0; i < charts.size(); i++) {
            ChartView c = charts.get((nextChart + i) % charts.size());
            if (c.due(pulseNanos)) {
                long t1 = System.nanoTime();
                c.flush(pulseNanos);
                profile.record(CHART_NAMES.get((nextChart + i) % charts.size()), System.nanoTime() - t1);
                nextChart = (nextChart + i + 1) % charts.size();
                break;
            }
        }
    }

    RenderProfile profile() {
        return profile;
    }

    /** Runs every pending chart update now (for screenshots and tests, which want a complete picture). */
    void flushAll() {
        charts.forEach(c -> c.flush(System.nanoTime()));
    }

    void setDark(boolean dark) {
        stateSpace.setDark(dark);
        spectrum.setDark(dark);
        lyapunov.setDark(dark);
        nfe.setDark(dark);
        loss.setDark(dark);
    }
}
