package org.nodelab.app.compare;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.nodelab.session.compare.Comparison;
import org.nodelab.session.compare.Fairness;

/**
 * The yellow banner over the charts when the shown runs differ in what their NFE depends on (solver,
 * tolerance, horizon, dataset, seed, split, gradient method): it says what differs, in the engine's words.
 * Hidden when the NFE is comparable.
 */
final class FairnessBanner extends HBox {

    private final Label text = new Label();
    private Fairness shown;

    FairnessBanner() {
        setId("fairnessBanner");
        getStyleClass().addAll("banner", "warning");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setId("fairnessText");
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        setPadding(new Insets(6, 12, 6, 12));
        show(null);
    }

    void show(Comparison c) {
        shown = c == null || c.runs().size() < 2 ? null : c.fairness();
        boolean on = shown != null && !shown.comparable();
        text.setText(on ? "⚠ " + shown.statement() : "");
        setVisible(on);
        setManaged(on);
    }

    /** The check last shown, or null with fewer than two runs. */
    Fairness fairness() {
        return shown;
    }
}
