package org.nodelab.app.compare;

import java.util.List;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

import org.nodelab.app.views.common.Palette;
import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.Metric;
import org.nodelab.session.compare.MetricRow;
import org.nodelab.session.compare.MetricSummary;
import org.nodelab.session.compare.SettingRow;

/**
 * The diff table: one column per shown run, rows for the settings on which they differ (only those) and for the
 * final metrics, each cell with its Δ% against the pinned run, green where the change is better for that
 * metric and red where it is worse. The numbers are the engine's ({@link Comparison}); this only lays them out.
 */
final class DiffTablePane {

    /** How many of the last iterations "mean of last k" averages. */
    static final int MEAN_OF_LAST = 20;

    private final GridPane grid = new GridPane();
    private final ChoiceBox<MetricSummary> summary = new ChoiceBox<>(FXCollections.observableArrayList(
            MetricSummary.values()));
    private final VBox root;
    private Runnable changed = () -> { };
    private int cells;

    DiffTablePane() {
        summary.setValue(MetricSummary.LAST);
        summary.setId("diffSummary");
        summary.setMaxWidth(Region.USE_PREF_SIZE);
        summary.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricSummary s) {
                return s == null ? "" : switch (s) {
                    case LAST -> "last value";
                    case BEST -> "best value";
                    case MEAN_OF_LAST -> "mean of last " + MEAN_OF_LAST;
                };
            }

            @Override
            public MetricSummary fromString(String s) {
                return null;
            }
        });
        summary.setTooltip(new Tooltip("How each metric's curve becomes one number"));
        summary.setOnAction(e -> changed.run());
        Label title = new Label("Diff table");
        title.getStyleClass().add("view-title");
        Label note = new Label("differing settings, then metrics; Δ% vs the reference ◉");
        note.getStyleClass().add("help-text");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, title, note, new Label("metrics:"), summary);
        head.setAlignment(Pos.CENTER_LEFT);
        grid.setHgap(14);
        grid.setVgap(2);
        grid.setPadding(new Insets(4, 8, 4, 8));
        grid.setId("diffTable");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(false);
        scroll.getStyleClass().add("edge-to-edge");
        root = new VBox(4, head, scroll);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("view-pane");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    }

    Region root() {
        return root;
    }

    void onChange(Runnable r) {
        changed = r;
    }

    /** Cells showing a number, for tests. */
    int cells() {
        return cells;
    }

    void show(Comparison c, List<Integer> colours) {
        grid.getChildren().clear();
        cells = 0;
        if (c == null) {
            grid.add(muted("No run is shown."), 0, 0);
            return;
        }
        grid.add(header(""), 0, 0);
        for (int r = 0; r < c.runs().size(); r++) {
            Rectangle swatch = new Rectangle(10, 10, Palette.fx(colours.get(r)));
            Label name = header(c.runs().get(r).name() + (r == c.pinned() ? " ◉" : ""));
            name.setGraphic(swatch);
            grid.add(name, r + 1, 0);
        }
        int row = 1;
        List<SettingRow> settings = c.settings();
        if (settings.isEmpty()) {
            grid.add(muted("same settings"), 0, row++);
        }
        for (SettingRow s : settings) {
            grid.add(muted(s.path()), 0, row);
            for (int r = 0; r < s.values().size(); r++) {
                Label v = new Label(s.values().get(r));
                if (s.differsFrom(r, c.pinned())) {
                    v.getStyleClass().add("diff-changed");
                }
                grid.add(v, r + 1, row);
                cells++;
            }
            row++;
        }
        for (MetricRow m : c.metrics(summary.getValue(), MEAN_OF_LAST)) {
            if (m.values().stream().allMatch(v -> Double.isNaN(v))) {
                continue; // a metric no run recorded (step counts of a live run) is not a row of dashes
            }
            Label name = new Label(m.metric().label());
            name.getStyleClass().add("diff-metric");
            grid.add(name, 0, row);
            for (int r = 0; r < m.values().size(); r++) {
                grid.add(cell(m, r), r + 1, row);
                cells++;
            }
            row++;
        }
    }

    private static Label cell(MetricRow m, int r) {
        double v = m.values().get(r);
        String text = format(m.metric(), v);
        MetricRow.Verdict verdict = m.verdicts().get(r);
        double pct = m.deltaPercent().get(r);
        if (verdict != MetricRow.Verdict.PINNED && Double.isFinite(pct)) {
            text += String.format(Locale.ROOT, "  %+.1f%%", pct);
        }
        Label l = new Label(text);
        l.getStyleClass().add(switch (verdict) {
            case BETTER -> "diff-better";
            case WORSE -> "diff-worse";
            case PINNED -> "diff-pinned";
            default -> "diff-same";
        });
        return l;
    }

    /** A metric's value as the table and the cards write it. */
    static String format(Metric metric, double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return switch (metric) {
            case TEST_ACCURACY -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case TRAIN_LOSS, TEST_LOSS -> v >= 0.01 ? String.format(Locale.ROOT, "%.3f", v)
                    : String.format(Locale.ROOT, "%.2e", v);
            case SECONDS_PER_ITERATION -> String.format(Locale.ROOT, "%.0f ms", 1000 * v);
            default -> String.format(Locale.ROOT, "%.1f", v);
        };
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("diff-header");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("help-text");
        return l;
    }
}
