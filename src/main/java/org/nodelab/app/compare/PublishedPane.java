package org.nodelab.app.compare;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nodelab.session.reproduce.PublishedFigure;
import org.nodelab.session.reproduce.Reproduction;

/**
 * The preset's published figures beside our measured ones, each labelled "published" with its source, so that
 * no reader takes the paper's numbers for ours or ours for the paper's.
 */
final class PublishedPane {

    private final VBox list = new VBox(4);
    private final VBox root;
    private Reproduction shown;
    private boolean built;

    PublishedPane() {
        Label title = new Label("Published (not measured here)");
        title.getStyleClass().add("view-title");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new VBox(4, title, scroll);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("view-pane");
        root.setId("publishedPane");
        root.setPrefWidth(300);
        root.setMinWidth(220);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    }

    Region root() {
        return root;
    }

    int figures() {
        return shown == null ? 0 : shown.published().size();
    }

    void show(Reproduction preset) {
        if (built && preset == shown) {
            return;
        }
        built = true;
        shown = preset;
        list.getChildren().clear();
        if (preset == null) {
            list.getChildren().add(muted("A preset shows its paper's figures here."));
            return;
        }
        Label claim = new Label(preset.claim());
        claim.setWrapText(true);
        claim.getStyleClass().add("help-text");
        list.getChildren().add(claim);
        List<PublishedFigure> figures = preset.published();
        for (PublishedFigure f : figures) {
            Label value = new Label(f.subject() + ": " + f.quantity() + " " + number(f.value()));
            value.setWrapText(true);
            Label source = new Label("published · " + f.source());
            source.setWrapText(true);
            source.getStyleClass().add("provenance-text");
            VBox box = new VBox(0, value, source);
            Tooltip.install(box, new Tooltip("Published, not measured here: " + f.source()));
            list.getChildren().add(box);
        }
        if (figures.isEmpty()) {
            list.getChildren().add(muted("This preset has no published figures."));
        }
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3g", v);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("help-text");
        return l;
    }
}
