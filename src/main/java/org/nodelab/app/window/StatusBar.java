package org.nodelab.app.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.nodelab.session.ExplorationSnapshot;
import org.nodelab.session.RunState;
import org.nodelab.session.SessionSnapshot;

/** One line at the bottom: state, iteration, speed, elapsed training time and the last problem or notice. */
final class StatusBar {

    private final Label state = new Label();
    private final Label iteration = new Label();
    private final Label speed = new Label();
    private final Label elapsed = new Label();
    private final Label message = new Label();
    private final javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
    private final HBox root = new HBox(18, busy, state, iteration, speed, elapsed, message);

    StatusBar() {
        root.getStyleClass().add("status-bar");
        root.setPadding(new Insets(4, 12, 4, 12));
        root.setAlignment(Pos.CENTER_LEFT);
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.setVisible(false);
        busy.setManaged(false);
        state.setId("statusState");
        iteration.setId("statusIteration");
        speed.setId("statusSpeed");
        message.setId("statusMessage");
        state.getStyleClass().add("status-state");
        // A long problem ends in "…" instead of squeezing the other figures; the tooltip holds all of it.
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        message.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        HBox.setHgrow(message, Priority.ALWAYS);
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(520);
        message.setTooltip(full);
        for (Label l : new Label[] {state, iteration, speed, elapsed}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    HBox root() {
        return root;
    }

    Label stateLabel() {
        return state;
    }

    void show(SessionSnapshot s) {
        setBusy(s.state() == RunState.LOADING);
        state.setText(describe(s.state()));
        state.getStyleClass().setAll("label", "status-state", "state-" + s.state().name().toLowerCase());
        iteration.setText("iteration " + (s.latest() == null ? 0 : s.latest().iteration()));
        speed.setText(s.iterationsPerSecond() > 0 ? String.format("%.1f it/s", s.iterationsPerSecond()) : "– it/s");
        elapsed.setText(String.format("%d:%02d trained", (long) s.elapsedSeconds() / 60,
                (long) s.elapsedSeconds() % 60));
        String text = s.problem() != null ? "⚠ " + firstSentence(s.problem())
                : s.state() == RunState.LOADING ? "Building the model and the data (the first time, ND4J's native "
                + "libraries load too)…"
                : s.notice() != null ? s.notice() : "";
        message.setText(text);
        message.getTooltip().setText(s.problem() != null ? s.problem() : text);
    }

    void show(ExplorationSnapshot s) {
        setBusy(s.computing());
        state.setText(s.computing() ? "Computing…" : "Exploring");
        state.getStyleClass().setAll("label", "status-state", s.computing() ? "state-loading" : "state-ready");
        iteration.setText(s.system() == null ? "" : s.system().displayName());
        speed.setText(s.analysis() == null ? "" : String.format("analysis %.0f ms", s.analysis().millis()));
        elapsed.setText(s.analysis() == null ? "" : "NFE " + s.analysis().flow().nfe());
        message.setText(s.problem() == null ? "" : "⚠ " + firstSentence(s.problem()));
        message.getTooltip().setText(s.problem() == null ? "" : s.problem());
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        busy.setManaged(on);
    }

    static String describe(RunState state) {
        return switch (state) {
            case LOADING -> "Loading…";
            case READY -> "Ready";
            case RUNNING -> "Training";
            case PAUSED -> "Paused";
            case FAULTED -> "Stopped";
            case CLOSED -> "Closed";
        };
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end > 0 && end < 160 ? text.substring(0, end + 1) : text;
    }
}
