package org.nodelab.app.window;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.nodelab.session.RunState;

/** The toolbar: the two modes (train a model, explore a system), Play/Pause, Step, Reset and the theme switch. */
final class RunToolBar {

    private final Button play = new Button("▶ Play");
    private final Button step = new Button("Step");
    private final Button reset = new Button("Reset");
    private final ToggleButton trainMode = new ToggleButton("Train a model");
    private final ToggleButton exploreMode = new ToggleButton("Explore a system");
    private final ToggleButton theme = new ToggleButton("◐");
    private final ToolBar bar;

    /**
     * @param run  what the buttons do, and the mode the user picked
     * @param dark the theme's on/off state, shared with the View menu
     */
    RunToolBar(RunHost run, BooleanProperty dark) {
        ToggleGroup modes = new ToggleGroup();
        trainMode.setToggleGroup(modes);
        exploreMode.setToggleGroup(modes);
        trainMode.setSelected(true);
        trainMode.setId("trainMode");
        exploreMode.setId("exploreMode");
        trainMode.getStyleClass().add("left-pill");
        exploreMode.getStyleClass().add("right-pill");
        trainMode.setTooltip(new Tooltip("Train a neural ODE and watch its dynamics change"));
        exploreMode.setTooltip(new Tooltip("The same views for a classic or typed system, without training"));
        trainMode.setOnAction(e -> run.setExploring(false));
        exploreMode.setOnAction(e -> run.setExploring(true));
        // A mode stays chosen: clicking the selected one again must not leave neither selected.
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        play.setId("playButton");
        step.setId("stepButton");
        reset.setId("resetButton");
        play.getStyleClass().add("play-button");
        play.setMinWidth(96);
        play.setTooltip(new Tooltip("Start or pause training (F5 or Space)"));
        step.setTooltip(new Tooltip("Train one iteration, then pause (F6)"));
        reset.setTooltip(new Tooltip("Start again from fresh weights with the current settings (Ctrl+R)"));
        play.setOnAction(e -> run.playPause());
        step.setOnAction(e -> run.stepOnce());
        reset.setOnAction(e -> run.resetRun());
        theme.setId("themeToggle");
        theme.setTooltip(new Tooltip("Light or dark theme (Ctrl+Shift+D)"));
        theme.selectedProperty().bindBidirectional(dark);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label title = new Label("NODE Lab");
        title.getStyleClass().add("app-title");
        HBox modeBox = new HBox(0, trainMode, exploreMode);
        modeBox.setAlignment(Pos.CENTER_LEFT);
        bar = new ToolBar(title, modeBox, play, step, reset,
                org.nodelab.app.compare.CompareWindows.toolBarButton(run::session), gap, theme);
        bar.setPadding(new Insets(4, 10, 4, 10));
    }

    ToolBar root() {
        return bar;
    }

    /** Shows the mode; the run buttons have nothing to do while exploring. */
    void showMode(boolean exploring) {
        trainMode.setSelected(!exploring);
        exploreMode.setSelected(exploring);
        play.setDisable(exploring);
        step.setDisable(exploring);
        reset.setDisable(exploring);
    }

    /** Play reads Pause while training runs; Step waits while training runs or the model is being built. */
    void showState(RunState state) {
        boolean running = state == RunState.RUNNING;
        play.setText(running ? "Pause" : "▶ Play");
        step.setDisable(running || state == RunState.LOADING);
    }
}
