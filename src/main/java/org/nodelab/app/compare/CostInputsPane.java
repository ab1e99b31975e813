package org.nodelab.app.compare;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nodelab.session.compare.CostInputs;

/**
 * The cost panel's typed inputs: requests per day, deployment batch B, utilisation u, price per core-hour and
 * t₀. Each is tagged "assumed" because the user typed it; a value that does not parse or is out of range is
 * named in a message under the fields and the last good inputs stay in force.
 */
final class CostInputsPane {

    private final TextField requests = field("requestsPerDay", "1000000",
            "Requests served per day (1 to 10¹²). Assumed: typed by you.");
    private final ComboBox<String> batch = new ComboBox<>();
    private final TextField utilisation = field("utilisation", "0.6",
            "Busy fraction u of a worker, in (0, 1]. Assumed: typed by you.");
    private final TextField price = field("pricePerHour", "0.05",
            "Money per core-hour; no vendor prices are built in. Assumed: typed by you.");
    private final TextField t0 = field("t0Millis", "0.1",
            "t₀: milliseconds per request spent outside the ODE (encoder, readout, I/O). Assumed: typed by you.");
    private final Label problem = new Label();
    private final Button measure = new Button("Measure on this machine");
    private final VBox root;
    private CostInputs inputs = CostInputs.typed(1e6, 1, 0.6, 0.05, 0.0001);
    private Runnable changed = () -> { };

    CostInputsPane() {
        batch.getItems().addAll("1", "8", "32", "256");
        batch.setEditable(true);
        batch.setValue("1");
        batch.setId("batch");
        batch.setTooltip(new Tooltip("Deployment batch B: requests solved together (1 to 65,536). NFE and t_f are "
                + "measured at this batch. Assumed: typed by you."));
        batch.setMaxWidth(Double.MAX_VALUE);
        problem.setId("costInputProblem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        measure.setId("measureButton");
        measure.setMaxWidth(Double.MAX_VALUE);
        measure.setTooltip(new Tooltip("Measure each shown run's NFE on its test set at batch B and t_f by a "
                + "micro-benchmark, on this machine, with the weights it has now"));
        Label title = new Label("Deployment (typed)");
        title.getStyleClass().add("section-title");
        root = new VBox(3, title,
                caption("Requests per day"), requests,
                caption("Batch B"), batch,
                caption("Utilisation u"), utilisation,
                caption("$ per core-hour"), price,
                caption("t₀ (ms per request)"), t0,
                problem, measure);
        root.setPadding(new Insets(8));
        root.setPrefWidth(210);
        root.setMinWidth(180);
        root.getStyleClass().add("control-panel");
        for (TextField f : new TextField[] {requests, utilisation, price, t0}) {
            f.setOnAction(e -> read());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    read();
                }
            });
        }
        batch.setOnAction(e -> read());
    }

    Region root() {
        return root;
    }

    Button measureButton() {
        return measure;
    }

    void onChange(Runnable r) {
        changed = r;
    }

    /** The inputs in force: the last that parsed and passed the engine's checks. */
    CostInputs inputs() {
        return inputs;
    }

    /** Types into the fields as a user would and reads them (tests, presenter mode). */
    void type(double requestsPerDay, int b, double u, double pricePerHour, double t0Millis) {
        requests.setText(plain(requestsPerDay));
        batch.setValue(Integer.toString(b));
        utilisation.setText(plain(u));
        price.setText(plain(pricePerHour));
        t0.setText(plain(t0Millis));
        read();
    }

    String problem() {
        return problem.getText();
    }

    private void read() {
        try {
            CostInputs next = CostInputs.typed(number(requests, "requests per day"),
                    (int) whole(batch.getEditor().getText().isBlank() ? batch.getValue() : batch.getEditor().getText(),
                            "batch B"),
                    number(utilisation, "utilisation"), number(price, "price per core-hour"),
                    number(t0, "t₀") / 1000);
            problem.setText("");
            if (!next.equals(inputs)) {
                inputs = next;
                changed.run();
            }
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage() + "; the last valid inputs stay in force.");
        }
    }

    private static double number(TextField f, String what) {
        String text = f.getText().trim().replace(",", "").replace("_", "");
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + abbreviate(f.getText()) + "'");
        }
    }

    private static long whole(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + abbreviate(text) + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static TextField field(String id, String value, String help) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setTooltip(new Tooltip(help));
        return f;
    }

    private static Label caption(String text) {
        Label l = new Label(text + " · assumed");
        l.getStyleClass().add("control-caption");
        return l;
    }
}
