package org.nodelab.app.compare;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nodelab.session.compare.WhatIf;

/**
 * The cost panel's what-if sliders: the candidates' NFE × k (try a published ratio on our runs) and every run's
 * t_f × k (a faster machine). They move the cards at once: the engine's {@link WhatIf} is arithmetic on the
 * measurements, nothing is retrained. Every number they change is marked derived, naming the factor.
 */
final class WhatIfPane {

    /** The slider ranges of next-features.md C.4: NFE 0.3–1.5×; t_f from a GPU's 0.05× to a slow laptop's 2×. */
    static final double NFE_MIN = 0.3;
    static final double NFE_MAX = 1.5;
    static final double TIME_MIN = 0.05;
    static final double TIME_MAX = 2;

    private final Slider nfe = new Slider(NFE_MIN, NFE_MAX, 1);
    private final Slider time = new Slider(TIME_MIN, TIME_MAX, 1);
    private final Label nfeValue = new Label();
    private final Label timeValue = new Label();
    private final VBox root;
    private Runnable changed = () -> { };

    WhatIfPane() {
        nfe.setId("whatIfNfe");
        time.setId("whatIfTime");
        nfe.setBlockIncrement(0.05);
        time.setBlockIncrement(0.05);
        nfe.setTooltip(new Tooltip("What if every run but the reference needed k times the NFE per prediction it "
                + "measured? Try a published ratio (local regularization: 0.556–0.733×). Assumed: set by you."));
        time.setTooltip(new Tooltip("What if one field evaluation took k times as long as measured here (below 1: a "
                + "faster machine or a GPU)? Applies to every run. Assumed: set by you."));
        nfeValue.setId("whatIfNfeValue");
        timeValue.setId("whatIfTimeValue");
        Button reset = new Button("Measured (×1)");
        reset.setId("whatIfReset");
        reset.setMaxWidth(Double.MAX_VALUE);
        reset.setOnAction(e -> reset());
        Label title = new Label("What if (assumed)");
        title.getStyleClass().add("section-title");
        root = new VBox(3, title, nfeValue, nfe, timeValue, time, reset);
        root.setPadding(new Insets(4, 8, 8, 8));
        root.setId("whatIfPane");
        root.getStyleClass().add("control-panel");
        root.setPrefWidth(210);
        root.setMinWidth(180);
        javafx.scene.layout.VBox.setVgrow(root, javafx.scene.layout.Priority.ALWAYS);
        nfe.valueProperty().addListener((o, was, now) -> show());
        time.valueProperty().addListener((o, was, now) -> show());
        show();
    }

    Region root() {
        return root;
    }

    void onChange(Runnable r) {
        changed = r;
    }

    /** The factors in force, rounded to the hundredth the labels show. */
    WhatIf value() {
        return new WhatIf(round(nfe.getValue()), round(time.getValue()));
    }

    /** Sets both factors (a test, or a preset of published ratios). */
    void set(double nfeFactor, double timeFactor) {
        nfe.setValue(nfeFactor);
        time.setValue(timeFactor);
    }

    void reset() {
        set(1, 1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void show() {
        WhatIf w = value();
        nfeValue.setText(String.format(Locale.ROOT, "Candidates' NFE × %.2f", w.candidateNfe()));
        timeValue.setText(String.format(Locale.ROOT, "t_f × %.2f", w.fieldTime()));
        changed.run();
    }
}
