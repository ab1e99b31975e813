package org.nodelab.app.compare;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.nodelab.app.views.common.Palette;
import org.nodelab.session.compare.CostInputs;
import org.nodelab.session.compare.RunCost;

/**
 * Presenter mode: full screen, high contrast, large type readable from the back of a room. The reference and
 * one candidate race live, each with three big numbers (accuracy, NFE per prediction, cost per day) and the
 * candidate's difference; a footer names where the numbers come from. Keyboard only: Space starts and pauses,
 * ← and → open the previous or next preset, Esc leaves. Laid out for 1280×720, a projector's size.
 */
final class PresenterView {

    /** What the keys ask of the compare window. */
    interface Keys {
        void playPause();

        void preset(int step);

        void leave();
    }

    private final CompareModel model;
    private final CostPanel cost;
    private final Stage stage = new Stage();
    private final Label title = label("presenterTitle", "presenter-title");
    private final Label claim = label("presenterClaim", "presenter-claim");
    private final Side left = new Side("left");
    private final Side right = new Side("right");
    private final Label footer = label("presenterFooter", "presenter-footer");
    private final Label keys = label("presenterKeys", "presenter-keys");
    private long shown = -1;
    private final PresetVerdict verdict;

    PresenterView(Window owner, CompareModel model, CostPanel cost, PresetVerdict verdict, Keys actions) {
        this.model = model;
        this.verdict = verdict;
        this.cost = cost;
        claim.setWrapText(true);
        title.setWrapText(true);
        footer.setWrapText(true);
        keys.setText("Space start / pause   ·   ← → preset   ·   Esc leave");
        HBox sides = new HBox(40, left.root, right.root);
        HBox.setHgrow(left.root, Priority.ALWAYS);
        HBox.setHgrow(right.root, Priority.ALWAYS);
        VBox top = new VBox(4, title, claim);
        VBox bottom = new VBox(6, footer, keys);
        BorderPane root = new BorderPane(sides, top, null, bottom, null);
        BorderPane.setMargin(sides, new Insets(24, 0, 16, 0));
        root.setPadding(new Insets(28, 48, 20, 48));
        root.getStyleClass().add("presenter");
        root.setId("presenter");
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(PresenterView.class.getResource("compare.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.SPACE) {
                actions.playPause();
            } else if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
                actions.preset(1);
            } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
                actions.preset(-1);
            } else if (k != KeyCode.ESCAPE && k != KeyCode.F11) {
                return;
            }
            e.consume();
        });
        // Leaving closes this stage: on the key's release, so that no key event is left for a closed window.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
                e.consume();
                actions.leave();
            }
        });
        stage.initOwner(owner);
        stage.setTitle("NODE Lab — presenter");
        stage.setScene(scene);
        // Esc is ours (it leaves presenter mode); JavaFX's own exit key would leave a window stranded.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(e -> actions.leave());
    }

    void show() {
        stage.show();
        stage.setFullScreen(true);
        stage.toFront();
        stage.requestFocus();
        shown = -1;
    }

    void hide() {
        stage.close();
    }

    boolean showing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    /**
     * The title without its parenthesis ("Does momentum save compute?"): on a 1280×720 slide the full title wraps
     * and crowds the numbers, and the claim line under it cites the paper anyway.
     */
    static String question(String title) {
        int paren = title.indexOf(" (");
        return paren > 0 ? title.substring(0, paren) : title;
    }

    /** Once per pulse while showing: the numbers follow the race (labels only; nothing costly). */
    void pulse() {
        long now = model.figuresVersion() + 31 * model.structureVersion() + 961L * verdict.stage().ordinal()
                + cost.whatIf().value().hashCode() * 29791L;
        if (now == shown) {
            return;
        }
        shown = now;
        title.setText(model.preset() == null ? "Compare runs" : question(model.preset().title()));
        // The claim while the runs race; once they are done, what we found, in its place (a slide has room for one).
        claim.setText(model.preset() == null ? "" : verdict.stage() == PresetVerdict.Stage.DONE
                ? "Measured here: " + String.join(" · ", PublishedPane.lines(verdict))
                : model.preset().claim());
        List<RunRow> two = racers();
        RunRow ref = two.isEmpty() ? null : two.get(0);
        RunRow other = two.size() < 2 ? null : two.get(1);
        CostInputs in = cost.inputs().inputs();
        PresenterFigures refFigures = ref == null ? null : figures(ref, in);
        left.show(ref, ref == null ? 0 : model.colour(ref), refFigures, null, true);
        right.show(other, other == null ? 0 : model.colour(other), other == null ? null : figures(other, in),
                refFigures, false);
        RunCost c = refFigures == null ? null : refFigures.cost();
        RunCost d = other == null ? null : figures(other, in).cost();
        footer.setText(footerText(c, d));
    }

    private PresenterFigures figures(RunRow r, CostInputs in) {
        // The cost panel's what-if holds here too: the slide shows the numbers the cards show.
        return PresenterFigures.of(r, in, cost.measurement(r), cost.measuredAt(r), cost.whatIf().value(),
                r == model.reference());
    }

    /** The reference and the first other shown run. */
    List<RunRow> racers() {
        RunRow ref = model.reference();
        if (ref == null) {
            return List.of();
        }
        RunRow other = model.shownRows().stream().filter(r -> r != ref).findFirst().orElse(null);
        return other == null ? List.of(ref) : List.of(ref, other);
    }

    private static String footerText(RunCost a, RunCost b) {
        RunCost any = b != null ? b : a;
        if (any == null) {
            return "Accuracy and NFE measured here while training; cost per day appears once t_f is measured on "
                    + "this machine.";
        }
        return "Sources: " + any.costPerDay().provenance().footer();
    }

    /** Texts shown, for tests: title and claim (or verdict), then each side's name and numbers. */
    List<String> texts() {
        return List.of(title.getText(), claim.getText(), left.name.getText(), left.accuracy.getText(), left.nfe.getText(),
                left.cost.getText(), right.name.getText(), right.accuracy.getText(), right.nfe.getText(),
                right.cost.getText());
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    /** One racer: name, progress and the three numbers with their captions (the candidate's with its Δ). */
    private static final class Side {
        final VBox root = new VBox(8);
        final Label name;
        final ProgressBar progress = new ProgressBar(0);
        final Label progressText;
        final Label accuracy;
        final Label accuracyDelta;
        final Label nfe;
        final Label nfeDelta;
        final Label cost;
        final Label costDelta;

        Side(String id) {
            name = label(id + "Name", "presenter-name");
            progressText = label(id + "Progress", "presenter-caption");
            accuracy = label(id + "Accuracy", "presenter-number");
            accuracyDelta = label(id + "AccuracyDelta", "presenter-delta");
            nfe = label(id + "Nfe", "presenter-number");
            nfeDelta = label(id + "NfeDelta", "presenter-delta");
            cost = label(id + "Cost", "presenter-number");
            costDelta = label(id + "CostDelta", "presenter-delta");
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.setPrefHeight(14);
            root.getChildren().addAll(name, progress, progressText,
                    block(accuracy, accuracyDelta, "test accuracy"),
                    block(nfe, nfeDelta, "NFE per prediction"),
                    block(cost, costDelta, "cost per day"));
            root.setMaxWidth(Double.MAX_VALUE);
        }

        private static VBox block(Label number, Label delta, String caption) {
            Label c = new Label(caption);
            c.getStyleClass().add("presenter-caption");
            HBox line = new HBox(18, number, delta);
            line.setAlignment(Pos.BASELINE_LEFT);
            return new VBox(-6, line, c);
        }

        void show(RunRow r, int colour, PresenterFigures f, PresenterFigures reference, boolean isReference) {
            root.setVisible(r != null);
            if (r == null) {
                return;
            }
            name.setText(r.name() + (isReference ? "  ◉" : ""));
            name.setStyle(String.format("-fx-text-fill: #%06x;", brighter(Palette.seriesRgb(colour))));
            int done = r.run().iterations();
            int target = r.live() == null || !r.live().owned() ? Math.max(1, done) : r.live().target();
            progress.setProgress(Math.min(1, done / (double) target));
            progress.setStyle(String.format("-fx-accent: #%06x;", brighter(Palette.seriesRgb(colour))));
            progressText.setText(String.format(Locale.ROOT, "iteration %d of %d%s", done, target,
                    r.live() != null && r.live().racing() ? " · racing" : done >= target ? " · done" : " · paused"));
            accuracy.setText(Double.isFinite(f.accuracy()) ? String.format(Locale.ROOT, "%.1f%%", 100 * f.accuracy())
                    : "–");
            nfe.setText(Double.isFinite(f.nfe()) ? String.format(Locale.ROOT, "%.1f", f.nfe()) : "–");
            cost.setText(f.cost() == null ? "–" : CostCard.money(f.cost().costPerDay().value()));
            if (reference == null) {
                accuracyDelta.setText("");
                nfeDelta.setText("");
                costDelta.setText("");
                return;
            }
            delta(accuracyDelta, f.accuracy() - reference.accuracy(),
                    String.format(Locale.ROOT, "%+.1f pts", 100 * (f.accuracy() - reference.accuracy())));
            double ratio = f.nfe() / reference.nfe();
            delta(nfeDelta, 1 - ratio, String.format(Locale.ROOT, "%.2f×", ratio));
            if (f.cost() != null && reference.cost() != null) {
                double saved = reference.cost().costPerDay().value() - f.cost().costPerDay().value();
                delta(costDelta, saved, saved >= 0 ? "saves " + CostCard.money(saved)
                        : "+" + CostCard.money(-saved));
            } else {
                costDelta.setText("");
            }
        }

        private static void delta(Label l, double better, String text) {
            l.getStyleClass().removeAll("presenter-better", "presenter-worse");
            if (!Double.isFinite(better)) {
                l.setText("");
                return;
            }
            l.setText(text);
            if (better != 0) {
                l.getStyleClass().add(better > 0 ? "presenter-better" : "presenter-worse");
            }
        }
    }

    /** The palette's colours are for white paper; on black the presenter lifts them so they stay readable. */
    static int brighter(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (lift(r) << 16) | (lift(g) << 8) | lift(b);
    }

    private static int lift(int c) {
        return (int) Math.round(c + (255 - c) * 0.35);
    }
}
