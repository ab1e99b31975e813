package org.nodelab.app.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A message across the top of the views with up to two actions: a fault, or a change that needs a restart. */
final class Banner extends HBox {

    private final Label text = new Label();
    private final Button primary = new Button();
    private final Button secondary = new Button();
    /** Recomputes the message while it shows (a count that grows while training goes on), or null. */
    private java.util.function.Supplier<String> liveMessage;

    Banner(String id, String style) {
        setId(id);
        getStyleClass().addAll("banner", style);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        primary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        secondary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        primary.setId(id + "Primary");
        secondary.setId(id + "Secondary");
        getChildren().addAll(text, primary, secondary);
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        hide();
    }

    void show(String message, String primaryText, Runnable primaryAction, String secondaryText,
              Runnable secondaryAction) {
        liveMessage = null;
        text.setText(message);
        configure(primary, primaryText, primaryAction);
        configure(secondary, secondaryText, secondaryAction);
        setVisible(true);
        setManaged(true);
    }

    /** As {@link #show}, with a message that {@link #refresh} recomputes. */
    void showLive(java.util.function.Supplier<String> message, String primaryText, Runnable primaryAction,
                  String secondaryText, Runnable secondaryAction) {
        show(message.get(), primaryText, primaryAction, secondaryText, secondaryAction);
        liveMessage = message;
    }

    /** Brings a live message up to date; does nothing for a fixed one or a hidden banner. */
    void refresh() {
        if (liveMessage != null && isVisible()) {
            String now = liveMessage.get();
            if (!now.equals(text.getText())) {
                text.setText(now);
            }
        }
    }

    private static void configure(Button b, String label, Runnable action) {
        b.setVisible(label != null);
        b.setManaged(label != null);
        b.setText(label);
        b.setOnAction(e -> action.run());
    }

    void hide() {
        liveMessage = null;
        setVisible(false);
        setManaged(false);
    }

    boolean showing() {
        return isVisible();
    }

    String message() {
        return text.getText();
    }
}
