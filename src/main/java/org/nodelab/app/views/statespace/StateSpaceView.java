package org.nodelab.app.views.statespace;

import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nodelab.app.views.common.DataTable;
import org.nodelab.app.views.common.Frame;
import org.nodelab.app.views.common.LiveView;
import org.nodelab.app.views.common.ViewHost;
import org.nodelab.app.views.common.ViewPane;
import org.nodelab.session.AnalysisSnapshot;
import org.nodelab.session.Projection;
import org.nodelab.train.data.Dataset;

/**
 * Where the flow takes the points: the data coloured by class, the tracked points' trajectories up to the time
 * on the slider (or animated), the field as arrows at that time, and the decision regions of a 2-D classifier.
 * Drawn on a canvas: thousands of small shapes per frame are cheaper there than as chart items. This class holds
 * the controls (axes, time, animation) and decides when to draw; {@link StateSpaceBounds} keeps the plotted
 * area steady and {@link StateSpacePainter} draws.
 */
public final class StateSpaceView implements LiveView {

    private static final double ANIMATION_SECONDS = 4;

    private final Pane surface = new Pane();
    private final Canvas canvas = new Canvas();
    private final ComboBox<String> xAxis = new ComboBox<>();
    private final ComboBox<String> yAxis = new ComboBox<>();
    private final Slider time = new Slider(0, 1, 1);
    private final ToggleButton animate = new ToggleButton("▶ Animate");
    private final Label timeLabel = new Label("t = T");
    private final ViewPane pane;
    private final ViewHost host;
    private final StateSpaceBounds bounds = new StateSpaceBounds();

    private Frame frame;
    private AnalysisSnapshot drawnAnalysis;
    private WritableImage regions;
    private boolean dark;
    private boolean updatingAxes;
    /** A new frame changed what is shown: draw at the next pulse. */
    private boolean stale;
    private long animationStart = -1;
    /** A reopened session's axes, selected once the axes list the state's components. */
    private Projection pendingProjection;

    public StateSpaceView(ViewHost host) {
        this.host = host;
        surface.getChildren().add(canvas);
        surface.setMinSize(120, 120);
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        xAxis.setTooltip(new Tooltip("State component on the horizontal axis"));
        yAxis.setTooltip(new Tooltip("State component on the vertical axis"));
        xAxis.setVisibleRowCount(12);
        yAxis.setVisibleRowCount(12);
        xAxis.setOnAction(e -> projectionChanged());
        yAxis.setOnAction(e -> projectionChanged());
        time.setPrefWidth(110);
        time.setTooltip(new Tooltip("Scrub through time: trajectories up to t, and the field's arrows at t"));
        time.valueProperty().addListener(o -> {
            if (!animate.isSelected()) {
                draw();
            }
        });
        animate.setTooltip(new Tooltip("Play the flow from t = 0 to T over and over"));
        animate.setId("animateToggle");
        animate.selectedProperty().addListener((o, was, on) -> {
            animationStart = -1;
            // While it plays, the button says how to stop it.
            animate.setText(on ? "■ Stop" : "▶ Animate");
            if (!on) {
                draw();
            }
        });
        timeLabel.setMinWidth(Region.USE_PREF_SIZE);
        xAxis.setMinWidth(64);
        yAxis.setMinWidth(64);
        Label timeCaption = new Label("time");
        timeCaption.setMinWidth(Region.USE_PREF_SIZE);
        animate.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(8, timeCaption, time, timeLabel, animate);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(2, 8, 0, 8));
        HBox.setHgrow(time, Priority.ALWAYS);
        time.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(surface, footer);
        VBox.setVgrow(surface, Priority.ALWAYS);
        pane = new ViewPane("State space", "The tracked points' paths through the model's state space, coloured by "
                + "class, with the vector field as arrows at the time shown; the shading is the class a point starting "
                + "there gets.", body, new Label("x"), xAxis,
                new Label("y"), yAxis);
    }

    @Override
    public String id() {
        return "state space";
    }

    @Override
    public ViewPane pane() {
        return pane;
    }

    @Override
    public void setDark(boolean on) {
        dark = on;
        draw();
    }

    @Override
    public Map<String, String> figures() {
        AnalysisSnapshot a = frame == null ? null : frame.analysis();
        return Map.of("tracked", Integer.toString(a == null ? 0 : a.trackedCount()), "time", timeLabel.getText());
    }

    /** The tracked points' trajectories: one row per point and saved time, every state component. */
    @Override
    public List<DataTable> tables() {
        AnalysisSnapshot a = frame == null ? null : frame.analysis();
        if (a == null) {
            return List.of();
        }
        int n = a.stateDimension();
        List<String> columns = new java.util.ArrayList<>(List.of("point", "label", "t"));
        for (int i = 0; i < n; i++) {
            columns.add(frame.variableName(i));
        }
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int q = 0; q < a.trackedCount(); q++) {
            for (int s = 0; s < a.trajectories().length && s < a.times().length; s++) {
                Object[] row = new Object[3 + n];
                row[0] = q;
                row[1] = a.trackedLabels()[q];
                row[2] = a.times()[s];
                for (int i = 0; i < n; i++) {
                    row[3 + i] = a.trajectories()[s][q * n + i];
                }
                rows.add(row);
            }
        }
        return List.of(new DataTable("trajectories", columns, rows));
    }

    @Override
    public void render(Frame next) {
        boolean changed = frame == null || next.analysis() != frame.analysis() || next.data() != frame.data();
        if (frame == null || next.experiment() != frame.experiment()) {
            // Another model or system: the steady bounds of the old one would frame the new one badly.
            bounds.reset();
            drawnAnalysis = null;
            changed = true;
        }
        frame = next;
        if (changed) {
            updateAxes();
            prepare();
            stale = true;
        }
    }

    /** Draws a changed frame, or the next step of the animation: each costs a whole canvas. */
    @Override
    public boolean drawNow(long pulseNanos) {
        if (stale) {
            stale = false;
            draw();
            return true;
        }
        if (animate.isSelected() && frame != null) {
            if (animationStart < 0) {
                animationStart = pulseNanos;
            }
            double phase = ((pulseNanos - animationStart) / 1e9 / ANIMATION_SECONDS) % 1.0;
            time.setValue(phase);
            draw();
            return true;
        }
        return false;
    }

    @Override
    public Map<String, Object> settings() {
        Projection p = projection();
        return Map.of("x", (double) p.x(), "y", (double) p.y(), "time", time.getValue(),
                "animate", animate.isSelected());
    }

    @Override
    public void restoreSettings(Map<String, Object> saved) {
        if (saved.get("x") instanceof Double x && saved.get("y") instanceof Double y && x >= 0 && y >= 0) {
            pendingProjection = new Projection(x.intValue(), y.intValue());
            if (frame != null) {
                // Refilled with the saved axes selected; the run was reopened with that projection already.
                updatingAxes = true;
                xAxis.getItems().clear();
                updatingAxes = false;
                updateAxes();
            }
        }
        if (saved.get("time") instanceof Double t) {
            time.setValue(Math.max(0, Math.min(1, t)));
        }
        if (saved.get("animate") instanceof Boolean on) {
            animate.setSelected(on);
        }
    }

    Projection projection() {
        int x = Math.max(0, xAxis.getSelectionModel().getSelectedIndex());
        int y = Math.max(0, yAxis.getSelectionModel().getSelectedIndex());
        return new Projection(x, y);
    }

    private void projectionChanged() {
        if (updatingAxes) {
            return;
        }
        bounds.reset();
        host.projectionChanged(projection());
        draw();
    }

    private void updateAxes() {
        List<String> names = frame.variableNames();
        int n = frame.analysis() == null ? names.size() : frame.analysis().stateDimension();
        if (n == 0) {
            return;
        }
        if (xAxis.getItems().size() == n && xAxis.getItems().get(0).equals(frame.variableName(0))) {
            return;
        }
        updatingAxes = true;
        Projection kept = projection().fitting(n);
        var items = FXCollections.<String>observableArrayList();
        for (int i = 0; i < n; i++) {
            items.add(frame.variableName(i));
        }
        xAxis.setItems(items);
        yAxis.setItems(FXCollections.observableArrayList(items));
        Projection p = pendingProjection != null ? pendingProjection.fitting(n)
                : xAxis.getItems().isEmpty() ? Projection.FIRST_TWO.fitting(n) : kept;
        pendingProjection = null;
        xAxis.getSelectionModel().select(p.x());
        yAxis.getSelectionModel().select(p.y());
        bounds.reset();
        updatingAxes = false;
    }

    /** Per-analysis work: the decision-region image and the plotted area. */
    private void prepare() {
        AnalysisSnapshot a = frame.analysis();
        if (a == drawnAnalysis) {
            return;
        }
        drawnAnalysis = a;
        regions = DecisionRegions.raster(a);
        if (a != null) {
            bounds.update(a, projection().fitting(a.stateDimension()), showsInputPlane() ? frame.data() : null);
        }
    }

    /** Whether the axes are two different input features, so the data and the decision regions belong there. */
    private boolean showsInputPlane() {
        Projection p = projection();
        Dataset data = frame.data();
        return data != null && p.x() < data.featureDimension() && p.y() < data.featureDimension() && p.x() != p.y();
    }

    private void draw() {
        AnalysisSnapshot a = frame == null ? null : frame.analysis();
        Projection p = a == null ? projection() : projection().fitting(a.stateDimension());
        boolean inputPlane = frame != null && showsInputPlane();
        String caption = StateSpacePainter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(),
                canvas.getHeight(), new StateSpacePainter.Picture(frame, bounds.get(), regions, p, inputPlane,
                        time.getValue(), dark));
        timeLabel.setText(caption);
    }
}
