package org.nodelab.app.compare;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nodelab.session.compare.CostEstimate;
import org.nodelab.session.compare.CostInputs;
import org.nodelab.session.compare.DeploymentMeasurement;
import org.nodelab.session.compare.RunCost;
import org.nodelab.session.compare.Savings;

/**
 * The cost panel: typed deployment inputs on the left, one card per shown run in the middle, and under them why
 * an NFE ratio buys a smaller latency ratio when t₀ > 0. The arithmetic is the engine's ({@link CostEstimate});
 * the measurements come from {@link CostMeasurements}: a live run is measured when its race ends, or when the
 * user presses "Measure on this machine", with the weights it has then.
 */
final class CostPanel {

    private final CompareModel model;
    private final CostMeasurements measurements;
    private final CostInputsPane inputs = new CostInputsPane();
    private final WhatIfPane whatIf = new WhatIfPane();
    private final FlowPane cards = new FlowPane(10, 10);
    private final Label explanation = new Label();
    private final BorderPane root = new BorderPane();
    private long shownStructure = -1;
    private boolean shownRacing;
    private boolean stale = true;
    private int cardsWithNumbers;

    CostPanel(CompareModel model, CostMeasurements measurements) {
        this.model = model;
        this.measurements = measurements;
        cards.setPadding(new Insets(10));
        cards.setId("costCards");
        explanation.setWrapText(true);
        explanation.setId("t0Explanation");
        explanation.getStyleClass().add("explanation");
        Label formula = new Label("latency = t₀ + NFE × t_f(B)   ·   core-hours/day = requests/day × latency / (B × "
                + "3600 × u)   ·   $/day = core-hours/day × price   ·   training = iterations × (NFE_F × t_f + "
                + "NFE_B × t_vjp)");
        formula.setWrapText(true);
        formula.getStyleClass().add("help-text");
        VBox centre = new VBox(6, explanation, cards, formula);
        VBox.setMargin(explanation, new Insets(10, 0, 0, 10));
        VBox.setMargin(formula, new Insets(0, 0, 0, 10));
        centre.setPadding(new Insets(0, 10, 10, 0));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setLeft(new VBox(inputs.root(), whatIf.root()));
        root.setCenter(scroll);
        root.setId("costPanel");
        inputs.onChange(() -> stale = true);
        whatIf.onChange(() -> stale = true);
        inputs.measureButton().setOnAction(e -> measureShown());
    }

    Region root() {
        return root;
    }

    CostInputsPane inputs() {
        return inputs;
    }

    WhatIfPane whatIf() {
        return whatIf;
    }

    /** A run's figures as the cards use them: measured, under the what-if (the reference's NFE never scaled). */
    private org.nodelab.session.compare.RunFigures figures(RunRow r, DeploymentMeasurement m) {
        return whatIf.value().of(m.figures(), r == model.reference());
    }

    /** Cards that show numbers (not "not measured yet"), for tests. */
    int cardsWithNumbers() {
        return cardsWithNumbers;
    }

    /** Measures every shown live run now, with its weights as they are. */
    void measureShown() {
        for (RunRow r : model.shownRows()) {
            watch(measurements.measure(r, inputs.inputs().batch()));
        }
        stale = true;
    }

    /**
     * Once per pulse: measures the runs once the whole race has ended, and redraws the cards when anything moved.
     * Not a run as soon as it finishes: its t_f would be timed while the others still train on the same cores
     * (NODE, done first, timed 4.6 µs against HBNODE's 2.8 µs for a field of the same size), and no two cards
     * would rest on the same machine.
     */
    void pulse(boolean visible) {
        boolean quiet = !model.racing();
        for (RunRow r : model.shownRows()) {
            boolean settled = r.live() != null ? quiet && r.live().owned() && r.live().finished()
                    : r.run().modelFile() != null;
            if (settled) {
                var f = measurements.measure(r, inputs.inputs().batch());
                if (!f.isDone()) {
                    watch(f);
                }
            }
        }
        // The cards show measurements, which change when a measurement ends (see watch), not with every
        // iteration; rebuilding them at the race's pace cost the FX thread for nothing.
        if (model.structureVersion() != shownStructure || model.racing() != shownRacing) {
            shownStructure = model.structureVersion();
            shownRacing = model.racing();
            stale = true;
        }
        if (stale && visible) {
            stale = false;
            redraw();
        }
    }

    private void watch(java.util.concurrent.CompletableFuture<DeploymentMeasurement> f) {
        f.whenComplete((m, e) -> Platform.runLater(() -> stale = true));
    }

    /** The run's cost as the cards show it now, or null until it is measured. */
    RunCost cost(RunRow r) {
        DeploymentMeasurement m = measurements.latest(r.id(), inputs.inputs().batch());
        return m == null ? null : CostEstimate.of(inputs.inputs(), figures(r, m));
    }

    /** The iteration {@link #measurement} was taken at, or −1. */
    int measuredAt(RunRow r) {
        return measurements.latestIteration(r.id(), inputs.inputs().batch());
    }

    DeploymentMeasurement measurement(RunRow r) {
        return measurements.latest(r.id(), inputs.inputs().batch());
    }

    private void redraw() {
        cards.getChildren().clear();
        cardsWithNumbers = 0;
        CostInputs in = inputs.inputs();
        RunRow reference = model.reference();
        DeploymentMeasurement refM = reference == null ? null : measurement(reference);
        var refFigures = refM == null ? null : figures(reference, refM);
        RunCost refCost = refM == null ? null : CostEstimate.of(in, refFigures);
        List<String> explanations = new ArrayList<>();
        for (RunRow r : model.shownRows()) {
            boolean isRef = r == reference;
            DeploymentMeasurement m = measurement(r);
            if (m == null) {
                cards.getChildren().add(CostCard.pending(r.name(), model.colour(r), isRef, pendingReason(r)));
                continue;
            }
            var figures = figures(r, m);
            RunCost cost = CostEstimate.of(in, figures);
            Savings s = !isRef && refCost != null ? CostEstimate.against(in, refFigures, refCost, figures, cost)
                    : null;
            if (s != null) {
                explanations.add(r.name() + " against " + reference.name() + ": " + s.explanation());
            }
            cards.getChildren().add(CostCard.of(r.name(), model.colour(r), isRef, figures, cost, s,
                    refCost == null ? Double.NaN : refCost.costPerDay().value(), whatIf.value()));
            cardsWithNumbers++;
        }
        explanation.setText(explanations.isEmpty() ? "Why a smaller NFE saves less latency: a request pays t₀ "
                + "outside the ODE whatever its NFE. The comparison appears here once two runs are measured."
                : String.join("\n", explanations));
    }

    private String pendingReason(RunRow r) {
        String problem = measurements.problem(r, inputs.inputs().batch());
        if (problem != null) {
            return "Cannot measure this run: " + problem;
        }
        if (r.live() == null) {
            return "Not measured yet: press Measure on this machine.";
        }
        if (r.live().racing()) {
            return "Training… measured on this machine when its race ends (NFE on the test set at batch B, t_f by "
                    + "micro-benchmark), or press Measure now.";
        }
        return "Not measured yet: press Measure on this machine.";
    }
}
