package org.nodelab.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The strip at the top of the window: the name, and one paragraph on what NODE Lab is for. */
final class HeaderView extends VBox {

    HeaderView() {
        Label title = new Label(NodeLabApp.TITLE);
        title.getStyleClass().add(Styles.TITLE_2);

        Label summary = new Label("A desktop lab for neural ordinary differential equations: train a neural vector "
                + "field, then watch its trajectories, solver cost (NFE) and stability while it learns. "
                + "Below, a live example: the damped oscillator x'' + \u03b3x' + x = 0, solved with dopri5.");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        setSpacing(4);
        setPadding(new Insets(16, 20, 12, 20));
        getStyleClass().add("header");
        setStyle("-fx-border-color: transparent transparent -color-border-default transparent;"
                + "-fx-background-color: -color-bg-subtle;");
        getChildren().addAll(title, summary);
    }
}
