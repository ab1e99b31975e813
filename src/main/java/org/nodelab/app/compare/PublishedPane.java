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
import org.nodelab.session.reproduce.Verdict;

/**
 * The preset's verdict, measured here, above the paper's figures, each labelled "published" with its source, so
 * that no reader takes the paper's numbers for ours or ours for the paper's.
 */
final class PublishedPane {

    private final VBox list = new VBox(4);
    private final VBox verdicts = new VBox(4);
    private final VBox root;
    private Reproduction shown;
    private boolean built;
    private PresetVerdict.Stage verdictStage;

    PublishedPane() {
        Label verdictTitle = new Label("Our verdict (measured here)");
        verdictTitle.getStyleClass().add("view-title");
        Label title = new Label("Published (not measured here)");
        title.getStyleClass().add("view-title");
        verdicts.setId("verdicts");
        VBox content = new VBox(6, verdictTitle, verdicts, title, list);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new VBox(4, scroll);
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

    /** Shows where the preset's verdict stands; rebuilt only when that changes. */
    void showVerdict(PresetVerdict verdict) {
        PresetVerdict.Stage stage = verdict.stage();
        if (stage == verdictStage) {
            return;
        }
        verdictStage = stage;
        verdicts.getChildren().clear();
        if (stage != PresetVerdict.Stage.DONE) {
            verdicts.getChildren().add(muted(lines(verdict).get(0)));
            return;
        }
        for (Verdict v : verdict.report().verdicts()) {
            Label outcome = new Label(v.outcome());
            outcome.getStyleClass().add(switch (v.outcome()) {
                case Verdict.HOLDS -> "diff-better";
                case Verdict.FAILS -> "diff-worse";
                default -> "diff-changed";
            });
            Label aim = new Label(v.aim());
            aim.setWrapText(true);
            Label why = new Label(v.why());
            why.setWrapText(true);
            why.getStyleClass().add("provenance-text");
            VBox box = new VBox(0, outcome, aim, why);
            Tooltip.install(box, new Tooltip("Measured here: decided from the runs raced in this window, as "
                    + "nodelab reproduce " + verdict.report().id() + " decides it"));
            verdicts.getChildren().add(box);
        }
    }

    /**
     * Where the verdict stands, in words: once decided, "outcome: aim" per aim (what the presenter's slide and the
     * tests read), before that the one line the pane shows.
     */
    static List<String> lines(PresetVerdict verdict) {
        return switch (verdict.stage()) {
            case NONE -> List.of("A preset decides its claim here once its runs finish.");
            case RACING -> List.of("Decided when every run has finished its race.");
            case STUDYING -> List.of("Studying the trained runs…");
            case FAILED -> List.of("No verdict: " + verdict.failure());
            case DONE -> verdict.report().verdicts().stream().map(v -> v.outcome() + ": " + v.aim()).toList();
        };
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
