package org.nodelab.app.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.nodelab.app.views.common.Palette;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;

/**
 * The run list on the left: per run a checkbox (shown or not), its colour swatch, its name and group, a radio
 * button that pins it as the reference, its progress and a remove button. Rebuilt when runs come or go; the
 * progress lines are updated in place once per pulse.
 */
final class RunListPane {

    private final CompareModel model;
    private final Runnable changed;
    private final VBox list = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(list);
    private final Map<String, Label> progress = new HashMap<>();
    private long builtStructure = -1;

    /** @param changed called after the user changed what is shown or pinned */
    RunListPane(CompareModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        list.setPadding(new Insets(8));
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(250);
        scroll.setMinWidth(200);
        scroll.getStyleClass().add("control-panel");
        scroll.setId("runList");
    }

    Region root() {
        return scroll;
    }

    /** Once per pulse: rebuilds on a structural change, else only refreshes the progress lines. */
    void pulse() {
        if (model.structureVersion() != builtStructure) {
            rebuild();
        }
        for (RunRow r : model.rows()) {
            Label l = progress.get(r.id());
            if (l != null) {
                String text = progressText(r);
                if (!text.equals(l.getText())) {
                    l.setText(text);
                }
            }
        }
    }

    private void rebuild() {
        builtStructure = model.structureVersion();
        list.getChildren().clear();
        progress.clear();
        Label title = new Label("Runs (" + model.rows().size() + " of " + CompareModel.MAX_RUNS + ")");
        title.getStyleClass().add("section-title");
        list.getChildren().add(title);
        if (model.rows().isEmpty()) {
            Label empty = new Label("Choose a preset above, or add the main window's run or a saved run.");
            empty.setWrapText(true);
            empty.getStyleClass().add("help-text");
            list.getChildren().add(empty);
            return;
        }
        ToggleGroup pins = new ToggleGroup();
        RunRow reference = model.reference();
        String group = null;
        for (RunRow r : model.rows()) {
            if (r.group() != null && !r.group().equals(group)) {
                Label g = new Label(r.group());
                g.getStyleClass().add("run-group");
                list.getChildren().add(g);
            }
            group = r.group();
            list.getChildren().add(row(r, pins, r == reference));
        }
        Label hint = new Label("◉ marks the reference run: Δ% and savings are against it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("help-text");
        list.getChildren().add(hint);
    }

    private VBox row(RunRow r, ToggleGroup pins, boolean pinned) {
        CheckBox shown = new CheckBox();
        shown.setSelected(r.shown());
        shown.setId("show-" + r.id());
        shown.setTooltip(new Tooltip("Show this run in the charts and tables"));
        shown.setOnAction(e -> {
            model.setShown(r.id(), shown.isSelected());
            changed.run();
        });
        Rectangle swatch = new Rectangle(12, 12, Palette.fx(model.colour(r)));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        // Under its group's heading a run needs only what sets it apart ("seed 2" under "HBNODE, T = 3").
        Label name = new Label(r.group() != null && r.name().startsWith(r.group() + ", ")
                ? r.name().substring(r.group().length() + 2) : r.name());
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTooltip(new Tooltip(r.name() + (r.group() == null ? "" : " (group " + r.group() + ")")));
        HBox.setHgrow(name, Priority.ALWAYS);
        RadioButton pin = new RadioButton();
        pin.setToggleGroup(pins);
        pin.setSelected(pinned);
        pin.setId("pin-" + r.id());
        pin.setTooltip(new Tooltip("Pin as the reference run"));
        pin.setOnAction(e -> {
            model.pin(r.id());
            changed.run();
        });
        Button remove = new Button("✕");
        remove.getStyleClass().addAll("flat", "small");
        remove.setTooltip(new Tooltip("Remove this run from the comparison"));
        remove.setOnAction(e -> {
            model.remove(r.id());
            changed.run();
        });
        HBox top = new HBox(6, shown, swatch, name, pin, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        Label line = new Label(progressText(r));
        line.getStyleClass().add("help-text");
        line.setId("progress-" + r.id());
        progress.put(r.id(), line);
        VBox box = new VBox(0, top, line);
        box.setPadding(new Insets(0, 0, 0, 2));
        return box;
    }

    static String progressText(RunRow r) {
        LiveRun live = r.live();
        if (live == null) {
            return String.format(Locale.ROOT, "%d iterations, from %s", r.run().iterations(), r.run().origin());
        }
        SessionSnapshot s = live.latest();
        int done = LiveRun.iterations(s);
        String of = live.owned() ? done + " / " + live.target() : Integer.toString(done);
        String state = s.state() == RunState.FAULTED ? "stopped: " + firstSentence(s.problem())
                : s.state() == RunState.LOADING ? "building"
                : live.finished() && live.owned() ? "done"
                : live.racing() || s.state() == RunState.RUNNING ? String.format(Locale.ROOT, "%.1f it/s",
                        s.iterationsPerSecond())
                : live.owned() ? "paused" : "main window";
        return "it " + of + " · " + state;
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "a fault";
        }
        int dot = text.indexOf(". ");
        return dot > 0 ? text.substring(0, dot) : text;
    }

    /** The progress line shown for each run, in the runs' order: what tests read. */
    List<String> progressLines() {
        return model.rows().stream().map(r -> progress.containsKey(r.id()) ? progress.get(r.id()).getText() : "")
                .toList();
    }
}
