package org.nodelab.app.controls;

import java.util.Locale;
import java.util.function.DoubleConsumer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A caption, a slider and its value, on a linear or a log scale. Listeners hear only the user's moves, not
 * {@link #set}, so showing a config never echoes back as a change.
 */
public final class LabeledSlider extends VBox {

    private final Slider slider;
    private final Label value = new Label();
    private final boolean log;
    private final String format;
    private boolean quiet;
    private DoubleConsumer listener = v -> { };

    private LabeledSlider(String id, String caption, String help, double min, double max, double initial, boolean log,
                          String format) {
        this.log = log;
        this.format = format;
        this.slider = log ? new Slider(Math.log10(min), Math.log10(max), Math.log10(initial))
                : new Slider(min, max, initial);
        slider.setId(id);
        slider.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label label = new Label(caption);
        label.getStyleClass().add("control-caption");
        value.getStyleClass().add("control-value");
        value.setMinWidth(58);
        value.setAlignment(Pos.CENTER_RIGHT);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        slider.setTooltip(tip);
        Tooltip.install(label, tip);
        HBox row = new HBox(6, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, row);
        setSpacing(1);
        slider.valueProperty().addListener((o, was, now) -> {
            value.setText(text());
            if (!quiet) {
                listener.accept(get());
            }
        });
        value.setText(text());
    }

    static LabeledSlider linear(String id, String caption, String help, double min, double max, double initial,
                                String format) {
        return new LabeledSlider(id, caption, help, min, max, initial, false, format);
    }

    static LabeledSlider logarithmic(String id, String caption, String help, double min, double max,
                                     double initial) {
        return new LabeledSlider(id, caption, help, min, max, initial, true, "%.1e");
    }

    /** The labeled slider around {@code slider} (a slider found by its id, as a test finds it). */
    public static LabeledSlider around(javafx.scene.Node slider) {
        javafx.scene.Node n = slider;
        while (n != null && !(n instanceof LabeledSlider)) {
            n = n.getParent();
        }
        if (n == null) {
            throw new IllegalArgumentException(slider + " is not inside a labeled slider");
        }
        return (LabeledSlider) n;
    }

    public Slider slider() {
        return slider;
    }

    public double get() {
        double v = slider.getValue();
        if (!log) {
            return v;
        }
        // Round to two significant digits: the slider's position is not a precision instrument.
        double raw = Math.pow(10, v);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
        return Math.round(raw / magnitude) * magnitude;
    }

    void set(double v) {
        quiet = true;
        try {
            slider.setValue(log ? Math.log10(v) : v);
        } finally {
            quiet = false;
        }
        value.setText(text());
    }

    void onChange(DoubleConsumer l) {
        this.listener = l;
    }

    private String text() {
        return String.format(Locale.ROOT, format, get());
    }
}
