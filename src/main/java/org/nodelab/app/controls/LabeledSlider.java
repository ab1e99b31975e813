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
    private double reported = Double.NaN;
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
            double v = get();
            // A snapped log slider holds one value over a stretch of positions: report each value once.
            if (!quiet && v != reported) {
                reported = v;
                listener.accept(v);
            }
        });
        if (log) {
            // When a drag ends, the thumb moves onto the value it stands for, so what is shown is where it is.
            slider.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    slider.setValue(Math.log10(get()));
                }
            });
        }
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
        return Math.max(Math.pow(10, slider.getMin()), Math.min(Math.pow(10, slider.getMax()), snap125(v)));
    }

    /**
     * The 1-2-5 value nearest to 10^{@code exponent} on the log scale, exact in decimal (1e-3 is 0.001, not
     * 0.0010000000000000002): the slider's position is not a precision instrument, and a user who moves it back
     * must be able to return to exactly 1e-3.
     */
    static double snap125(double exponent) {
        double decade = Math.floor(exponent);
        double within = exponent - decade;
        // Boundaries halfway between log10 of 1, 2, 5 and 10.
        int mantissa;
        if (within < Math.log10(2) / 2) {
            mantissa = 1;
        } else if (within < (Math.log10(2) + Math.log10(5)) / 2) {
            mantissa = 2;
        } else if (within < (Math.log10(5) + 1) / 2) {
            mantissa = 5;
        } else {
            mantissa = 10;
        }
        return Double.parseDouble(mantissa + "e" + (long) decade);
    }

    /** A 1-2-5 value as a user writes it: "0.05", "2", "1e-3". */
    static String exact(double v) {
        if (v >= 1e-2 && v < 1e4) {
            return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%.0e", v);
        // "1e-03" reads better as "1e-3".
        return s.replaceAll("e([+-])0*(\\d)", "e$1$2").replace("e+", "e");
    }

    void set(double v) {
        quiet = true;
        try {
            slider.setValue(log ? Math.log10(v) : v);
        } finally {
            quiet = false;
        }
        reported = get();
        value.setText(text());
    }

    void onChange(DoubleConsumer l) {
        this.listener = l;
    }

    private String text() {
        return log ? exact(get()) : String.format(Locale.ROOT, format, get());
    }
}
