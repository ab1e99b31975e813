package org.nodelab.app.controls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.nodelab.ode.Method;
import org.nodelab.session.ExplorationRequest;
import org.nodelab.systems.BuiltInSystems;
import org.nodelab.systems.DynamicalSystem;
import org.nodelab.systems.SystemParameter;

/**
 * The control panel for exploring a system without training: a built-in system or typed equations, their
 * parameters as sliders, the span of time and of starting points, and the solver.
 */
final class ExplorationControls {

    static final String TYPED = "Typed equations…";

    private final ComboBox<String> system = new ComboBox<>();
    private final Label description = new Label();
    private final TextArea equations = new TextArea("x' = y\ny' = -sin(x) - c*y\nc = 0.2");
    private final Button apply = new Button("Apply equations");
    private final Label equationProblem = new Label();
    private final VBox parameterBox = new VBox(6);
    private final LabeledSlider duration = LabeledSlider.logarithmic("durationSlider", "Time span T",
            "How long each trajectory is followed, from t = 0 to T.", 0.5, 200, 15);
    private final LabeledSlider spread = LabeledSlider.logarithmic("spreadSlider", "Spread of starting points",
            "Half-width of the square of starting points around the system's usual start.", 0.01, 20, 2);
    private final ComboBox<Method> solver = new ComboBox<>(FXCollections.observableArrayList(Method.values()));
    private final LabeledSlider tolerance = LabeledSlider.logarithmic("exploreToleranceSlider", "Solver tolerance",
            "Relative tolerance of the adaptive solver (absolute is 100× smaller).", 1e-10, 1e-2, 1e-6);
    private final VBox root = new VBox(8);
    private final List<LabeledSlider> parameterSliders = new ArrayList<>();
    private final List<String> parameterNames = new ArrayList<>();
    private ExplorationRequest shown;
    private boolean quiet;
    private Consumer<ExplorationRequest> listener = r -> { };

    ExplorationControls() {
        system.setId("systemChoice");
        List<String> items = new ArrayList<>(BuiltInSystems.ids());
        items.add(TYPED);
        system.setItems(FXCollections.observableArrayList(items));
        system.setMaxWidth(Double.MAX_VALUE);
        system.setTooltip(new Tooltip("A classic system to explore, or your own equations"));
        description.setWrapText(true);
        description.getStyleClass().add("help-text");
        equations.setId("equationsInput");
        equations.setPrefRowCount(4);
        equations.setWrapText(false);
        equations.setTooltip(new Tooltip("One equation per line (or separated by ';'), e.g. x' = y. Use t for time "
                + "and name constants freely: unknown names become parameters."));
        apply.setId("applyEquations");
        apply.setTooltip(new Tooltip("Solve the typed system (Ctrl+Enter in the text box)"));
        equationProblem.setId("equationProblem");
        equationProblem.setWrapText(true);
        equationProblem.getStyleClass().add("problem-text");
        solver.setConverter(TrainingControls.converter(Method::id));
        solver.setMaxWidth(Double.MAX_VALUE);
        solver.setTooltip(new Tooltip("The solver; fixed-step methods take 2000 steps over [0, T]"));
        root.getChildren().addAll(
                TrainingControls.section("System"), system, description, equations, apply, equationProblem,
                TrainingControls.section("Parameters"), parameterBox,
                TrainingControls.section("Flow"), duration, spread,
                TrainingControls.section("Solver"), TrainingControls.labeled("Method", solver), tolerance);
        root.setPadding(new Insets(8, 12, 12, 12));
        system.setOnAction(e -> systemChanged());
        apply.setOnAction(e -> changed());
        equations.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                changed();
                e.consume();
            }
        });
        solver.setOnAction(e -> changed());
        duration.onChange(v -> changed());
        spread.onChange(v -> changed());
        tolerance.onChange(v -> changed());
    }

    Node root() {
        return root;
    }

    TextArea equations() {
        return equations;
    }

    ComboBox<String> system() {
        return system;
    }

    Label equationProblem() {
        return equationProblem;
    }

    void onChange(Consumer<ExplorationRequest> l) {
        listener = l;
    }

    void showProblem(String problem) {
        equationProblem.setText(problem == null ? "" : problem);
    }

    void show(ExplorationRequest request) {
        quiet = true;
        try {
            shown = request;
            boolean builtIn = BuiltInSystems.find(request.specification()).isPresent();
            system.setValue(builtIn ? request.specification() : TYPED);
            if (!builtIn) {
                equations.setText(request.specification().replace("; ", "\n"));
            }
            buildParameters(request);
            duration.set(request.duration());
            spread.set(request.spread());
            solver.setValue(request.method());
            tolerance.set(request.rtol());
        } finally {
            quiet = false;
        }
    }

    private void buildParameters(ExplorationRequest request) {
        parameterBox.getChildren().clear();
        parameterSliders.clear();
        parameterNames.clear();
        var found = BuiltInSystems.find(request.specification());
        equations.setVisible(found.isEmpty());
        equations.setManaged(found.isEmpty());
        apply.setVisible(found.isEmpty());
        apply.setManaged(found.isEmpty());
        if (found.isEmpty()) {
            description.setText("Your own equations, one per line. Constants you name become parameters: "
                    + "give their values as e.g. 'a = 0.5' on a line of its own.");
            parameterBox.getChildren().add(new Label("(typed in the equations)"));
            return;
        }
        DynamicalSystem s = found.get();
        description.setText(s.description() + "\n" + s.equations());
        for (SystemParameter p : s.parameters()) {
            double value = request.parameters().getOrDefault(p.name(), p.defaultValue());
            double d = Math.abs(p.defaultValue());
            double max = d == 0 ? 2 : 3 * d;
            double min = p.defaultValue() < 0 ? -max : 0;
            LabeledSlider slider = LabeledSlider.linear("param-" + p.name(), p.name(), p.meaning(), min, max,
                    value, "%.3g");
            slider.onChange(v -> changed());
            parameterSliders.add(slider);
            parameterNames.add(p.name());
            parameterBox.getChildren().add(slider);
        }
    }

    private void systemChanged() {
        if (quiet) {
            return;
        }
        String choice = system.getValue();
        String spec = TYPED.equals(choice) ? typedSpecification() : choice;
        ExplorationRequest next;
        try {
            next = shown.withSpecification(spec, Map.of());
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return;
        }
        quiet = true;
        try {
            buildParameters(next);
        } finally {
            quiet = false;
        }
        shown = next;
        listener.accept(next);
    }

    /**
     * The text as typed: lines such as {@code c = 0.2} set constants in the one grammar the command line reads
     * too, so messages count equations and columns exactly as the user sees them.
     */
    private String typedSpecification() {
        return equations.getText();
    }

    private void changed() {
        if (quiet || shown == null) {
            return;
        }
        Map<String, Double> params = new LinkedHashMap<>();
        for (int i = 0; i < parameterSliders.size(); i++) {
            params.put(parameterNames.get(i), parameterSliders.get(i).get());
        }
        boolean typed = TYPED.equals(system.getValue());
        ExplorationRequest next;
        try {
            if (typed) {
                params = Map.of();
            }
            next = new ExplorationRequest(typed ? typedSpecification() : system.getValue(), params, null,
                    spread.get(), duration.get(), solver.getValue(), tolerance.get(), tolerance.get() / 100,
                    shown.projection());
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return;
        }
        shown = next;
        listener.accept(next);
    }

    ExplorationRequest current() {
        return shown;
    }
}
