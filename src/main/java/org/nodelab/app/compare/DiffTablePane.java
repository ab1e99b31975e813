package org.nodelab.app.compare;

import java.util.ArrayList;
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
    private final List<Label> labels = new ArrayList<>();
    private List<String> shownLayout = List.of();

    DiffTablePane() {
        summary.setValue(MetricSummary.LAST);
        summary.setId("diffSummary");
        summary.setPrefWidth(140);
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

    /** One cell: where, what it says and how it is styled. */
    private record Cell(int column, int row, String text, String style, Integer swatch) {
    }

    /**
     * Lays the comparison out. While runs race only the numbers change: the labels are then updated in place, so
     * a refresh costs no new nodes, CSS or layout of a new table (rebuilding it four times a second was most of
     * the compare window's FX time).
     */
    void show(Comparison c, List<Integer> colours) {
        List<Cell> next = cells(c, colours);
        cells = (int) next.stream().filter(x -> x.column() > 0 && x.row() > 0).count();
        List<String> layout = next.stream().map(x -> x.column() + ":" + x.row() + ":" + (x.column() == 0
                || x.row() == 0 ? x.text() : "") + ":" + x.swatch()).toList();
        if (layout.equals(shownLayout)) {
            for (int i = 0; i < next.size(); i++) {
                Label l = labels.get(i);
                Cell x = next.get(i);
                if (!l.getText().equals(x.text())) {
                    l.setText(x.text());
                }
                if (!l.getStyleClass().contains(x.style())) {
                    l.getStyleClass().setAll("label", x.style());
                }
            }
            return;
        }
        shownLayout = layout;
        grid.getChildren().clear();
        labels.clear();
        for (Cell x : next) {
            Label l = new Label(x.text());
            l.getStyleClass().add(x.style());
            if (x.swatch() != null) {
                l.setGraphic(new Rectangle(10, 10, Palette.fx(x.swatch())));
            }
            labels.add(l);
            grid.add(l, x.column(), x.row());
        }
    }

    private List<Cell> cells(Comparison c, List<Integer> colours) {
        List<Cell> out = new ArrayList<>();
        if (c == null) {
            out.add(new Cell(0, 0, "No run is shown.", "help-text", null));
            return out;
        }
        out.add(new Cell(0, 0, "", "diff-header", null));
        for (int r = 0; r < c.runs().size(); r++) {
            out.add(new Cell(r + 1, 0, c.runs().get(r).name() + (r == c.pinned() ? " ◉" : ""), "diff-header",
                    colours.get(r)));
        }
        int row = 1;
        List<SettingRow> settings = c.settings();
        if (settings.isEmpty()) {
            out.add(new Cell(0, row++, "same settings", "help-text", null));
        }
        for (SettingRow s : settings) {
            out.add(new Cell(0, row, s.path(), "help-text", null));
            for (int r = 0; r < s.values().size(); r++) {
                out.add(new Cell(r + 1, row, s.values().get(r), s.differsFrom(r, c.pinned()) ? "diff-changed"
                        : "diff-same", null));
            }
            row++;
        }
        for (MetricRow m : c.metrics(summary.getValue(), MEAN_OF_LAST)) {
            if (m.values().stream().allMatch(v -> Double.isNaN(v))) {
                continue; // a metric no run recorded is not a row of dashes
            }
            out.add(new Cell(0, row, m.metric().label(), "diff-metric", null));
            for (int r = 0; r < m.values().size(); r++) {
                out.add(cell(m, r, row));
            }
            row++;
        }
        return out;
    }

    private static Cell cell(MetricRow m, int r, int row) {
        double v = m.values().get(r);
        String text = format(m.metric(), v);
        MetricRow.Verdict verdict = m.verdicts().get(r);
        double pct = m.deltaPercent().get(r);
        if (verdict != MetricRow.Verdict.PINNED && Double.isFinite(pct)) {
            text += String.format(Locale.ROOT, "  %+.1f%%", pct);
        }
        return new Cell(r + 1, row, text, switch (verdict) {
            case BETTER -> "diff-better";
            case WORSE -> "diff-worse";
            case PINNED -> "diff-pinned";
            default -> "diff-same";
        }, null);
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
}
