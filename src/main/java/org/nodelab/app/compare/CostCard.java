package org.nodelab.app.compare;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.nodelab.app.views.common.Palette;
import org.nodelab.session.compare.Provenance;
import org.nodelab.session.compare.Quantity;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.RunFigures;
import org.nodelab.session.compare.WhatIf;
import org.nodelab.session.compare.Savings;

/**
 * One run's cost card: latency, core-hours and money per day and month, training cost, a savings bar against
 * the pinned run and the payback volume. Every number carries its provenance twice: a tag under it (measured
 * here, assumed, derived from which kinds) and, on hover, the full line of what it rests on.
 */
final class CostCard {

    private CostCard() {
    }

    /** A card for a run not measured yet (or whose measurement failed: {@code why}). */
    static Region pending(String name, int colour, boolean reference, String why) {
        VBox card = frame(name, colour, reference);
        Label l = new Label(why);
        l.setWrapText(true);
        l.getStyleClass().add("help-text");
        card.getChildren().add(l);
        return card;
    }

    /**
     * @param savings against the reference, or null for the reference itself
     */
    static Region of(String name, int colour, boolean reference, RunFigures figures,
                     RunCost cost, Savings savings, double referenceCostPerDay, WhatIf whatIf) {
        VBox card = frame(name, colour, reference);
        if (!whatIf.isNone() && !(reference && whatIf.fieldTime() == 1)) {
            Label what = new Label("what-if: " + (reference ? String.format(Locale.ROOT, "t_f × %.2f (the "
                    + "reference's NFE as measured)", whatIf.fieldTime()) : whatIf.describe()));
            what.setWrapText(true);
            what.getStyleClass().add("diff-changed");
            card.getChildren().add(what);
        }
        GridPane numbers = new GridPane();
        numbers.setHgap(16);
        numbers.setVgap(4);
        numbers.add(figure("latency / request", cost.latency(), millis(cost.latency().value()), true), 0, 0);
        numbers.add(figure("latency p95", cost.latencyP95(), millis(cost.latencyP95().value()), false), 1, 0);
        numbers.add(figure("core-hours / day", cost.coreHoursPerDay(), fixed(cost.coreHoursPerDay().value()),
                true), 0, 1);
        numbers.add(figure("$ / day", cost.costPerDay(), money(cost.costPerDay().value()), true), 1, 1);
        numbers.add(figure("$ / month", cost.costPerMonth(), money(cost.costPerMonth().value()), false), 0, 2);
        numbers.add(cost.trainingCost() == null ? new Label() : figure("training $", cost.trainingCost(),
                money(cost.trainingCost().value()), false), 1, 2);
        numbers.add(figure("NFE / prediction", figures.nfeMean(), String.format(Locale.ROOT, "%.1f (p95 %.0f)",
                figures.nfeMean().value(), figures.nfeP95().value()), false), 0, 3);
        numbers.add(figure("t_f(B)", figures.tf(), millis(figures.tf().value()), false), 1, 3);
        card.getChildren().add(numbers);
        card.getChildren().add(bar(cost.costPerDay().value(), referenceCostPerDay, colour));
        Label verdict = new Label(savings == null ? "the reference: others are compared with it"
                : verdict(savings, referenceCostPerDay));
        verdict.setWrapText(true);
        verdict.getStyleClass().add(savings == null ? "help-text" : savings.savedPerDay().value() >= 0
                ? "diff-better" : "diff-worse");
        verdict.setId("savings-" + name.replaceAll("[^A-Za-z0-9]", ""));
        card.getChildren().add(verdict);
        if (savings != null && savings.payback() != null) {
            card.getChildren().add(figure("payback volume", savings.payback(), payback(savings.payback().value()),
                    false));
        }
        Label footer = new Label(cost.costPerDay().provenance().footer());
        footer.setWrapText(true);
        footer.getStyleClass().add("provenance-text");
        footer.setMaxHeight(80);
        Tooltip.install(footer, new Tooltip(cost.costPerDay().provenance().footer()));
        card.getChildren().add(footer);
        return card;
    }

    private static VBox frame(String name, int colour, boolean reference) {
        Rectangle swatch = new Rectangle(12, 12, Palette.fx(colour));
        Label title = new Label(name + (reference ? "  ◉ reference" : ""));
        title.getStyleClass().add("view-title");
        title.setGraphic(swatch);
        VBox card = new VBox(6, title);
        card.setPadding(new Insets(8, 10, 8, 10));
        card.getStyleClass().addAll("view-pane", "cost-card");
        card.setPrefWidth(315);
        card.setMaxWidth(340);
        return card;
    }

    /** A number, its caption with the provenance tag, and the whole provenance on hover. */
    static VBox figure(String caption, Quantity q, String text, boolean large) {
        Label value = new Label(text);
        value.getStyleClass().add(large ? "cost-value" : "cost-value-small");
        Label tag = new Label(caption + " · " + tag(q.provenance()));
        tag.getStyleClass().add("counter-caption");
        VBox box = new VBox(-1, value, tag);
        Tooltip.install(box, new Tooltip(q.name() + ": " + describe(q.provenance())));
        return box;
    }

    /** One word under the number: measured (here), assumed, published, or derived (the tooltip says from what). */
    static String tag(Provenance p) {
        return kindWord(p.kind());
    }

    /** The kinds a derived number rests on, e.g. "assumed + measured here". */
    static String kinds(Provenance p) {
        Set<String> kinds = new TreeSet<>();
        collectKinds(p, kinds);
        return String.join(" + ", kinds);
    }

    private static void collectKinds(Provenance p, Set<String> out) {
        for (Quantity q : p.inputs()) {
            if (q.provenance().kind() == Provenance.Kind.DERIVED) {
                collectKinds(q.provenance(), out);
            } else {
                out.add(kindWord(q.provenance().kind()));
            }
        }
    }

    private static String kindWord(Provenance.Kind k) {
        return switch (k) {
            case MEASURED -> "measured";
            case PUBLISHED -> "published";
            case ASSUMED -> "assumed";
            case DERIVED -> "derived";
        };
    }

    private static String describe(Provenance p) {
        return p.kind() == Provenance.Kind.DERIVED ? p.detail() + " (" + kinds(p) + "): " + p.footer() : p.footer();
    }

    private static Region bar(double cost, double reference, int colour) {
        double share = reference > 0 && Double.isFinite(cost) ? Math.max(0, Math.min(1.5, cost / reference)) : 1;
        Region track = new Region();
        track.getStyleClass().add("savings-track");
        track.setPrefHeight(10);
        track.setMaxWidth(Double.MAX_VALUE);
        Region fill = new Region();
        fill.setStyle(String.format("-fx-background-color: #%06x; -fx-background-radius: 3;", Palette.seriesRgb(colour)));
        fill.setPrefHeight(10);
        fill.setMaxHeight(10);
        StackPane stack = new StackPane(track, fill);
        stack.setAlignment(Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(stack.widthProperty().multiply(share / 1.5));
        Label caption = new Label(String.format(Locale.ROOT, "$/day: %.0f%% of the reference's", 100 * share));
        caption.getStyleClass().add("counter-caption");
        VBox box = new VBox(1, stack, caption);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    static String verdict(Savings s, double referenceCostPerDay) {
        double saved = s.savedPerDay().value();
        double pct = referenceCostPerDay > 0 ? 100 * saved / referenceCostPerDay : Double.NaN;
        String ratios = String.format(Locale.ROOT, " (NFE %.2f×, latency %.2f×)", s.nfeRatio().value(),
                s.latencyRatio().value());
        return saved >= 0 ? String.format(Locale.ROOT, "saves %s a day, %.0f%%", money(saved), pct) + ratios
                : String.format(Locale.ROOT, "costs %s a day more, %.0f%%", money(-saved), -pct) + ratios;
    }

    static String payback(double requests) {
        if (requests == 0) {
            return "at once";
        }
        if (Double.isInfinite(requests)) {
            return "never";
        }
        return compact(requests) + " requests";
    }

    static String millis(double seconds) {
        double ms = seconds * 1e3;
        if (ms < 0.1) {
            return String.format(Locale.ROOT, "%.1f µs", ms * 1e3);
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : ms >= 1 ? String.format(Locale.ROOT,
                "%.2f ms", ms) : String.format(Locale.ROOT, "%.3f ms", ms);
    }

    static String money(double v) {
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "$%,.0f", v) : a >= 0.01 ? String.format(Locale.ROOT, "$%.2f", v)
                : String.format(Locale.ROOT, "$%.2g", v);
    }

    static String fixed(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    static String compact(double v) {
        String[] units = {"", " thousand", " million", " billion", " trillion"};
        int u = 0;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.3g", v) + units[u];
    }
}
