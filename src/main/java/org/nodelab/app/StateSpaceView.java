package org.nodelab.app;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.nodelab.session.AnalysisSnapshot;
import org.nodelab.session.FieldSlice;
import org.nodelab.session.Projection;
import org.nodelab.train.data.Dataset;

/**
 * Where the flow takes the points: the data coloured by class, the tracked points' trajectories up to the time
 * on the slider (or animated), the field as arrows at that time, and the decision regions of a 2-D classifier.
 * Drawn on a canvas: thousands of small shapes per frame are cheaper there than as chart items.
 */
final class StateSpaceView {

    private static final double ANIMATION_SECONDS = 4;

    private final Pane surface = new Pane();
    private final Canvas canvas = new Canvas();
    private final ComboBox<String> xAxis = new ComboBox<>();
    private final ComboBox<String> yAxis = new ComboBox<>();
    private final Slider time = new Slider(0, 1, 1);
    private final ToggleButton animate = new ToggleButton("▶ Animate");
    private final Label timeLabel = new Label("t = T");
    private final ViewPane pane;
    private final Consumer<Projection> projectionListener;

    private Frame frame;
    private AnalysisSnapshot drawnAnalysis;
    private WritableImage regions;
    private double[] bounds;
    private boolean dark;
    private boolean updatingAxes;
    private long animationStart = -1;

    StateSpaceView(Consumer<Projection> projectionListener) {
        this.projectionListener = projectionListener;
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
        animate.selectedProperty().addListener((o, was, on) -> {
            animationStart = -1;
            if (!on) {
                draw();
            }
        });
        timeLabel.setMinWidth(56);
        xAxis.setMinWidth(72);
        yAxis.setMinWidth(72);
        javafx.scene.layout.HBox footer = new javafx.scene.layout.HBox(8, new Label("time"), time, timeLabel, animate);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        footer.setPadding(new javafx.geometry.Insets(2, 8, 0, 8));
        javafx.scene.layout.HBox.setHgrow(time, javafx.scene.layout.Priority.ALWAYS);
        time.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox body = new javafx.scene.layout.VBox(surface, footer);
        javafx.scene.layout.VBox.setVgrow(surface, javafx.scene.layout.Priority.ALWAYS);
        pane = new ViewPane("State space", "The tracked points' paths through the model's state space, coloured by "
                + "class, with the vector field as arrows at the time shown.", body, new Label("x"), xAxis,
                new Label("y"), yAxis);
    }

    ViewPane pane() {
        return pane;
    }

    void setDark(boolean on) {
        dark = on;
        draw();
    }

    /**
     * Called once per pulse with the newest frame; redraws only when something it shows changed.
     *
     * @return whether it drew
     */
    boolean render(Frame next, long pulseNanos) {
        boolean changed = frame == null || next.analysis() != frame.analysis() || next.data() != frame.data();
        frame = next;
        if (changed) {
            updateAxes();
            prepare();
            draw();
            return true;
        }
        if (animate.isSelected()) {
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

    Projection projection() {
        int x = Math.max(0, xAxis.getSelectionModel().getSelectedIndex());
        int y = Math.max(0, yAxis.getSelectionModel().getSelectedIndex());
        return new Projection(x, y);
    }

    private void projectionChanged() {
        if (updatingAxes) {
            return;
        }
        bounds = null;
        projectionListener.accept(projection());
        draw();
    }

    private void updateAxes() {
        List<String> names = frame.variableNames();
        int n = frame.analysis() == null ? names.size() : frame.analysis().stateDimension();
        if (n == 0) {
            return;
        }
        if (xAxis.getItems().size() == n && (n == 0 || xAxis.getItems().get(0).equals(frame.variableName(0)))) {
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
        if (n > 0) {
            Projection p = xAxis.getItems().isEmpty() ? Projection.FIRST_TWO.fitting(n) : kept;
            xAxis.getSelectionModel().select(p.x());
            yAxis.getSelectionModel().select(p.y());
        }
        bounds = null;
        updatingAxes = false;
    }

    /** Per-analysis work: the decision-region image and the view's bounds. */
    private void prepare() {
        AnalysisSnapshot a = frame.analysis();
        if (a == drawnAnalysis) {
            return;
        }
        drawnAnalysis = a;
        regions = null;
        if (a != null && a.grid() != null) {
            AnalysisSnapshot.DecisionGrid g = a.grid();
            regions = new WritableImage(g.resolution(), g.resolution());
            PixelWriter w = regions.getPixelWriter();
            for (int r = 0; r < g.resolution(); r++) {
                for (int c = 0; c < g.resolution(); c++) {
                    int i = r * g.resolution() + c;
                    double strength = 0.12 + 0.22 * Math.max(0, Math.min(1, g.confidence()[i]));
                    // Image rows run top-down; the grid's rows run up from yMin.
                    w.setColor(c, g.resolution() - 1 - r, Palette.fx(g.predicted()[i], strength));
                }
            }
        }
        double[] fresh = dataBounds();
        if (fresh != null && (bounds == null || !inside(fresh, bounds) || area(fresh) < 0.4 * area(bounds))) {
            bounds = fresh;
        }
    }

    private boolean showsInputPlane() {
        Projection p = projection();
        Dataset data = frame.data();
        return data != null && p.x() < data.featureDimension() && p.y() < data.featureDimension() && p.x() != p.y();
    }

    private double[] dataBounds() {
        AnalysisSnapshot a = frame.analysis();
        if (a == null) {
            return null;
        }
        Projection p = projection().fitting(a.stateDimension());
        int n = a.stateDimension();
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[] state : a.trajectories()) {
            for (int i = 0; i + n <= state.length; i += n) {
                include(b, state[i + p.x()], state[i + p.y()]);
            }
        }
        if (showsInputPlane()) {
            double[] x = frame.data().train().features();
            int d = frame.data().featureDimension();
            for (int i = 0; i + d <= x.length; i += d) {
                include(b, x[i + p.x()], x[i + p.y()]);
            }
        }
        if (!(b[1] >= b[0]) || !(b[3] >= b[2])) {
            return null;
        }
        double padX = Math.max(0.08 * (b[1] - b[0]), 1e-2);
        double padY = Math.max(0.08 * (b[3] - b[2]), 1e-2);
        return new double[] {b[0] - padX, b[1] + padX, b[2] - padY, b[3] + padY};
    }

    private static void include(double[] b, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) < 1e6 && Math.abs(y) < 1e6) {
            b[0] = Math.min(b[0], x);
            b[1] = Math.max(b[1], x);
            b[2] = Math.min(b[2], y);
            b[3] = Math.max(b[3], y);
        }
    }

    private static boolean inside(double[] a, double[] b) {
        return a[0] >= b[0] && a[1] <= b[1] && a[2] >= b[2] && a[3] <= b[3];
    }

    private static double area(double[] b) {
        return (b[1] - b[0]) * (b[3] - b[2]);
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        ChartStyle.Colors colors = ChartStyle.colors(dark);
        g.setFill(fx(colors.background()));
        g.fillRect(0, 0, w, h);
        AnalysisSnapshot a = frame == null ? null : frame.analysis();
        if (a == null || bounds == null || w < 20 || h < 20) {
            g.setFill(fx(colors.mutedText()));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(frame == null || a == null ? "Preparing the first picture of the flow…"
                    : "Nothing finite to draw: the trajectories blew up.", w / 2, h / 2);
            timeLabel.setText("t = –");
            return;
        }
        Projection p = projection().fitting(a.stateDimension());
        Mapping m = new Mapping(bounds, w, h);
        drawGridLines(g, m, colors);
        if (regions != null && showsInputPlane() && p.x() == 0 && p.y() == 1) {
            AnalysisSnapshot.DecisionGrid grid = a.grid();
            double x0 = m.x(grid.xMin());
            double x1 = m.x(grid.xMax());
            double y0 = m.y(grid.yMax());
            double y1 = m.y(grid.yMin());
            g.setImageSmoothing(true);
            g.drawImage(regions, x0, y0, x1 - x0, y1 - y0);
        }
        if (showsInputPlane()) {
            drawData(g, m, p);
        }
        double end = a.times()[a.times().length - 1];
        double t = time.getValue() * end;
        timeLabel.setText(String.format("t = %.2f", t));
        drawArrows(g, m, a.field(), p, t, colors);
        drawTrajectories(g, m, a, p, t);
        drawAxesLabels(g, m, w, h, p, colors);
    }

    private void drawData(GraphicsContext g, Mapping m, Projection p) {
        Dataset data = frame.data();
        double[] x = data.train().features();
        int d = data.featureDimension();
        int[] labels = data.train().isLabeled() ? data.train().labels() : null;
        for (int i = 0, row = 0; i + d <= x.length; i += d, row++) {
            g.setFill(Palette.fx(labels == null ? 0 : labels[row], 0.28));
            g.fillOval(m.x(x[i + p.x()]) - 2, m.y(x[i + p.y()]) - 2, 4, 4);
        }
    }

    private void drawArrows(GraphicsContext g, Mapping m, FieldSlice slice, Projection p, double t,
                            ChartStyle.Colors colors) {
        if (slice == null || !slice.projection().equals(p)) {
            return;
        }
        int k = slice.nearest(t);
        int r = slice.resolution();
        double cell = Math.min(Math.abs(m.x(slice.xMin() + (slice.xMax() - slice.xMin()) / r) - m.x(slice.xMin())),
                Math.abs(m.y(slice.yMin() + (slice.yMax() - slice.yMin()) / r) - m.y(slice.yMin())));
        double longest = 0;
        for (int i = 0; i < r * r; i++) {
            double len = Math.hypot(slice.dx()[k][i] * m.sx, slice.dy()[k][i] * m.sy);
            if (Double.isFinite(len)) {
                longest = Math.max(longest, len);
            }
        }
        if (longest == 0) {
            return;
        }
        g.setStroke(fx(colors.mutedText()).deriveColor(0, 1, 1, 0.75));
        g.setLineWidth(1);
        for (int row = 0; row < r; row++) {
            for (int c = 0; c < r; c++) {
                int i = row * r + c;
                double vx = slice.dx()[k][i] * m.sx;
                double vy = -slice.dy()[k][i] * m.sy;
                double len = Math.hypot(vx, vy);
                if (!Double.isFinite(len) || len == 0) {
                    continue;
                }
                // Length grows with speed but saturates, so slow regions still show a direction.
                double shown = 0.85 * cell * Math.sqrt(len / longest);
                double ux = vx / len;
                double uy = vy / len;
                double cx = m.x(slice.xMin() + (slice.xMax() - slice.xMin()) * (c + 0.5) / r);
                double cy = m.y(slice.yMin() + (slice.yMax() - slice.yMin()) * (row + 0.5) / r);
                double x0 = cx - ux * shown / 2;
                double y0 = cy - uy * shown / 2;
                double x1 = cx + ux * shown / 2;
                double y1 = cy + uy * shown / 2;
                g.strokeLine(x0, y0, x1, y1);
                double head = Math.min(5, 0.35 * shown);
                g.strokeLine(x1, y1, x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
                g.strokeLine(x1, y1, x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
            }
        }
    }

    private void drawTrajectories(GraphicsContext g, Mapping m, AnalysisSnapshot a, Projection p, double t) {
        int n = a.stateDimension();
        int points = a.trackedCount();
        double[] times = a.times();
        int last = 0;
        while (last + 1 < times.length && times[last + 1] <= t + 1e-12) {
            last++;
        }
        double frac = last + 1 < times.length ? (t - times[last]) / (times[last + 1] - times[last]) : 0;
        g.setLineWidth(1.6);
        for (int q = 0; q < points; q++) {
            Color color = pointColor(a, q, points);
            g.setStroke(color.deriveColor(0, 1, 1, 0.8));
            g.beginPath();
            boolean started = false;
            double hx = Double.NaN;
            double hy = Double.NaN;
            for (int s = 0; s <= last && s < a.trajectories().length; s++) {
                double x = a.trajectories()[s][q * n + p.x()];
                double y = a.trajectories()[s][q * n + p.y()];
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    break;
                }
                hx = x;
                hy = y;
                if (started) {
                    g.lineTo(m.x(x), m.y(y));
                } else {
                    g.moveTo(m.x(x), m.y(y));
                    started = true;
                }
            }
            if (frac > 0 && last + 1 < a.trajectories().length && Double.isFinite(hx)) {
                double nx = a.trajectories()[last + 1][q * n + p.x()];
                double ny = a.trajectories()[last + 1][q * n + p.y()];
                if (Double.isFinite(nx) && Double.isFinite(ny)) {
                    hx += frac * (nx - hx);
                    hy += frac * (ny - hy);
                    g.lineTo(m.x(hx), m.y(hy));
                }
            }
            g.stroke();
            if (Double.isFinite(hx)) {
                g.setFill(color);
                g.fillOval(m.x(hx) - 3.5, m.y(hy) - 3.5, 7, 7);
            }
        }
    }

    private Color pointColor(AnalysisSnapshot a, int q, int points) {
        if (frame.classes() == 0) {
            // Explored systems: colour by where the point started, so neighbours stay recognisable.
            return Palette.fx(0).interpolate(Palette.fx(1), points <= 1 ? 0 : (double) q / (points - 1));
        }
        return Palette.fx(a.trackedLabels()[q]);
    }

    private void drawGridLines(GraphicsContext g, Mapping m, ChartStyle.Colors colors) {
        g.setStroke(fx(colors.grid()));
        g.setLineWidth(1);
        if (bounds[0] < 0 && bounds[1] > 0) {
            g.strokeLine(m.x(0), 0, m.x(0), canvas.getHeight());
        }
        if (bounds[2] < 0 && bounds[3] > 0) {
            g.strokeLine(0, m.y(0), canvas.getWidth(), m.y(0));
        }
    }

    private void drawAxesLabels(GraphicsContext g, Mapping m, double w, double h, Projection p,
                                ChartStyle.Colors colors) {
        g.setFill(fx(colors.mutedText()));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format("%s ∈ [%.2g, %.2g]   %s ∈ [%.2g, %.2g]", frame.variableName(p.x()), bounds[0],
                bounds[1], frame.variableName(p.y()), bounds[2], bounds[3]), 6, h - 4);
        if (showsInputPlane() && regions != null && p.x() == 0 && p.y() == 1) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            g.fillText("shading: the class a point starting there gets", w - 6, 4);
        }
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    /** World to canvas coordinates, equal scale on both axes is not forced: each axis fills the view. */
    private static final class Mapping {
        final double x0;
        final double y0;
        final double sx;
        final double sy;
        final double h;

        Mapping(double[] b, double w, double h) {
            double margin = 8;
            this.x0 = b[0];
            this.y0 = b[2];
            this.sx = (w - 2 * margin) / (b[1] - b[0]);
            this.sy = (h - 2 * margin - 14) / (b[3] - b[2]);
            this.h = h - margin - 14;
        }

        double x(double wx) {
            return 8 + (wx - x0) * sx;
        }

        double y(double wy) {
            return h - (wy - y0) * sy;
        }
    }
}
