package org.nodelab.app.compare;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.nodelab.session.compare.XAxis;
import org.nodelab.session.reproduce.Reproduction;

/** The compare window's toolbar: presets, race or pause, adding runs, the shared x-axis and presenter mode. */
final class CompareToolBar {

    /** What the buttons do. */
    interface Actions {
        void openPreset(Reproduction r);

        void raceOrPause();

        void addMainRun();

        void addFileRun();

        void saveSessions();

        void presenter();
    }

    private final MenuButton presets = new MenuButton("Presets");
    private final Button race = new Button("▶ Race");
    private final ChoiceBox<XAxis> axis = new ChoiceBox<>(FXCollections.observableArrayList(XAxis.values()));
    private final ChoiceBox<Double> smoothing = new ChoiceBox<>();
    private final ToolBar bar;

    CompareToolBar(List<Reproduction> reproductions, Actions actions, Consumer<XAxis> axisChanged,
                   Consumer<Double> smoothingChanged) {
        presets.setId("presetsMenu");
        presets.setTooltip(new Tooltip("Open a published claim as live runs racing here, with the paper's figures"));
        for (Reproduction r : reproductions) {
            MenuItem item = new MenuItem(r.title());
            item.setId("preset-" + r.id());
            item.setOnAction(e -> actions.openPreset(r));
            presets.getItems().add(item);
        }
        if (reproductions.isEmpty()) {
            MenuItem none = new MenuItem("(no presets in this build)");
            none.setDisable(true);
            presets.getItems().add(none);
        }
        race.setId("raceButton");
        race.getStyleClass().add("play-button");
        race.setMinWidth(96);
        race.setTooltip(new Tooltip("Train every live run here together, or pause them (Space)"));
        race.setOnAction(e -> actions.raceOrPause());
        Button addMain = new Button("+ Main window's run");
        addMain.setId("addMainRun");
        addMain.setTooltip(new Tooltip("Watch the run training in the main window here too"));
        addMain.setOnAction(e -> actions.addMainRun());
        Button addFile = new Button("+ Saved run…");
        addFile.setId("addFileRun");
        addFile.setTooltip(new Tooltip("A model file, a train --log file with its model file, or a session file"));
        addFile.setOnAction(e -> actions.addFileRun());
        Button saveSessions = new Button("Save sessions…");
        saveSessions.setId("saveSessions");
        saveSessions.setTooltip(new Tooltip("Save every live run here as a session file (reopen with File > Open "
                + "Session, + Saved run, or nodelab compare)"));
        saveSessions.setOnAction(e -> actions.saveSessions());
        axis.setId("xAxis");
        axis.setPrefWidth(220);
        axis.setMaxWidth(Region.USE_PREF_SIZE);
        axis.setValue(XAxis.ITERATION);
        axis.setTooltip(new Tooltip("One x-axis for every curve: iteration, training wall time, or cumulative NFE "
                + "(accuracy per unit of compute)"));
        axis.setConverter(new StringConverter<>() {
            @Override
            public String toString(XAxis a) {
                return a == null ? "" : "x: " + a.label();
            }

            @Override
            public XAxis fromString(String s) {
                return null;
            }
        });
        axis.setOnAction(e -> axisChanged.accept(axis.getValue()));
        for (double w : org.nodelab.session.compare.Smoothing.WEIGHTS) {
            smoothing.getItems().add(w);
        }
        smoothing.setValue(0.0);
        smoothing.setId("smoothing");
        smoothing.setPrefWidth(125);
        smoothing.setMaxWidth(Region.USE_PREF_SIZE);
        smoothing.setTooltip(new Tooltip("Smooth the curves (TensorBoard's debiased moving average); the raw curve "
                + "stays behind, faint. The diff table and the scatter use the raw figures."));
        smoothing.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double w) {
                return w == null ? "" : w == 0 ? "smooth: off" : String.format(java.util.Locale.ROOT, "smooth: %.2f",
                        w);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        smoothing.setOnAction(e -> smoothingChanged.accept(smoothing.getValue()));
        Button presenter = new Button("Presenter (F11)");
        presenter.setId("presenterButton");
        presenter.setTooltip(new Tooltip("Full screen for a room: two runs racing, three big numbers each"));
        presenter.setOnAction(e -> actions.presenter());
        Label title = new Label("Compare runs");
        title.getStyleClass().add("app-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar = new ToolBar(title, presets, race, addMain, addFile, saveSessions, gap, smoothing, axis, presenter);
    }

    ToolBar root() {
        return bar;
    }

    void showRacing(boolean racing, boolean anyLive) {
        String text = racing ? "Pause" : "▶ Race";
        if (!text.equals(race.getText())) {
            race.setText(text);
        }
        race.setDisable(!anyLive);
    }
}
