package org.nodelab.app.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import org.nodelab.app.headless.RenderProfile;
import org.nodelab.app.views.common.ChartView;
import org.nodelab.app.views.common.DataTable;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.LiveView;
import org.nodelab.app.views.common.ViewHost;
import org.nodelab.app.views.common.ViewPane;

/**
 * Every live view at once, laid out as {@link ViewRegistry} says. Double-clicking a view's title shows that view
 * alone (for a projector) and back. Once per pulse it hands the newest frame to every view and lets at most one
 * costly drawing happen: a view's own canvas, or else one due chart, taking the charts in turn.
 */
final class Dashboard {

    private final List<ViewRegistry.Registration> registrations = ViewRegistry.VIEWS;
    private final List<LiveView> views = new ArrayList<>();
    private final List<ChartView> charts = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final RenderProfile profile = new RenderProfile();
    private ViewPane focused;
    private boolean training = true;
    private int nextChart;
    /** The charts gave up the last pulse to a canvas drawing: this pulse is theirs. */
    private boolean chartsWaited;

    Dashboard(ViewHost host) {
        for (ViewRegistry.Registration r : registrations) {
            LiveView view = r.create().apply(host);
            views.add(view);
            charts.addAll(view.charts());
            ViewPane pane = view.pane();
            // "nfeView", "state-spaceView": what tests and scripts find a view's card by.
            pane.setId(view.id().replace(' ', '-') + "View");
            pane.header().setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    toggleFocus(pane);
                }
            });
        }
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        layout();
    }

    GridPane root() {
        return grid;
    }

    /** The figures of the view with this {@link LiveView#id}, for tests and the headless commands. */
    Map<String, String> figures(String viewId) {
        return views.stream().filter(v -> v.id().equals(viewId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no view " + viewId)).figures();
    }

    /** The views on the dashboard in this mode (all of them while training). */
    List<LiveView> shownViews() {
        List<LiveView> shown = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            if ((training ? registrations.get(i).training() : registrations.get(i).exploring()) != null) {
                shown.add(views.get(i));
            }
        }
        return shown;
    }

    /** Training shows every view; exploring a system hides those without a place for it. */
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
        for (int i = 0; i < views.size(); i++) {
            ViewRegistry.Slot s = training ? registrations.get(i).training() : registrations.get(i).exploring();
            if (s != null) {
                grid.add(views.get(i).pane(), s.column(), s.row(), s.columnSpan(), s.rowSpan());
            }
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

    /** Once per pulse: hand a new frame to every view, then allow one costly drawing. */
    void render(Frame frame, boolean changed, long pulseNanos) {
        // Charts drawn off the FX thread since the last pulse are shown now, frame or no frame.
        charts.forEach(ChartView::present);
        if (frame == null) {
            return;
        }
        if (changed) {
            // Hidden views take the frame too, so they are current when they come back.
            views.forEach(v -> v.render(frame));
        }
        boolean drew = false;
        for (LiveView v : views) {
            long t0 = System.nanoTime();
            if (v.drawNow(pulseNanos)) {
                profile.record(v.id(), System.nanoTime() - t0);
                drew = true;
            }
        }
        if (drew && !chartsWaited) {
            // One costly drawing per pulse: the charts wait for the next one. But only one pulse: a canvas that
            // draws every pulse (the animation) once starved every chart, which then never showed new data.
            chartsWaited = true;
            return;
        }
        chartsWaited = false;
        for (int i = 0; i < charts.size(); i++) {
            ChartView c = charts.get((nextChart + i) % charts.size());
            if (c.due(pulseNanos)) {
                long t1 = System.nanoTime();
                c.flush(pulseNanos);
                profile.record(c.name(), System.nanoTime() - t1);
                nextChart = (nextChart + i + 1) % charts.size();
                break;
            }
        }
    }

    /** The charts of the views shown, for an export. */
    List<ChartView> shownCharts() {
        return shownViews().stream().flatMap(v -> v.charts().stream()).toList();
    }

    /** The numbers of the views shown, for an export. */
    List<DataTable> shownTables() {
        return shownViews().stream().flatMap(v -> v.tables().stream()).toList();
    }

    RenderProfile profile() {
        return profile;
    }

    /** Runs every pending chart update now (for screenshots and tests, which want a complete picture). */
    void flushAll() {
        charts.forEach(ChartView::flushAndDrawNow);
    }

    void setDark(boolean dark) {
        views.forEach(v -> v.setDark(dark));
    }

    /** Every view's {@link LiveView#settings}, each under "view id.name" (e.g. "state-space.x"). */
    Map<String, Object> settings() {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        for (LiveView view : views) {
            String prefix = view.id().replace(' ', '-') + ".";
            view.settings().forEach((name, value) -> all.put(prefix + name, value));
        }
        return all;
    }

    /** Hands each view the settings saved under its prefix. */
    void restoreSettings(Map<String, Object> saved) {
        for (LiveView view : views) {
            String prefix = view.id().replace(' ', '-') + ".";
            Map<String, Object> own = new java.util.HashMap<>();
            saved.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    own.put(key.substring(prefix.length()), value);
                }
            });
            if (!own.isEmpty()) {
                view.restoreSettings(own);
            }
        }
    }
}
