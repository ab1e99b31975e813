package org.nodelab.app.views.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A titled card around one live view. Double-clicking the title enlarges the view; again restores the grid. */
public final class ViewPane extends BorderPane {

    private final HBox header;

    public ViewPane(String title, String help, Node content, Node... headerControls) {
        getStyleClass().add("view-pane");
        Label label = new Label(title);
        label.getStyleClass().add("view-title");
        // The title is what a user looks for first: header controls give way before it is cut to "State s…".
        label.setMinWidth(Region.USE_PREF_SIZE);
        // Wrapped and narrow: an unwrapped help line ran off the screen.
        Tooltip tip = new Tooltip(help + "\nDouble-click the title to enlarge this view.");
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        Tooltip.install(label, tip);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(8, label, gap);
        header.getChildren().addAll(headerControls);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 2, 8));
        header.getStyleClass().add("view-header");
        setTop(header);
        setCenter(content);
        setMinSize(0, 0);
        // Whatever a view's content wants, it never draws over its neighbours (the NFE charts once spilled under
        // the loss panel after a visit to Explore).
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    public HBox header() {
        return header;
    }
}
