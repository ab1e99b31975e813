package org.nodelab.app.controls;

import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.controls.ToggleSwitch;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nodelab.model.Knob;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.ModelSetting;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.ode.AdjointNorm;
import org.nodelab.ode.Method;
import org.nodelab.train.GradientMethod;
import org.nodelab.train.RegularizerKind;
import org.nodelab.train.TrainingConfig;
import org.nodelab.train.data.DatasetRegistry;

/**
 * The training control panel: model family, dataset, solver and tolerance, damping and ξ, regularization,
 * learning rate, width, integration time and seed. Every user change produces a whole new config for the
 * window to hand to the session; {@link #show} sets the controls from a config without echoing it back.
 */
final class TrainingControls {

    static final List<Integer> WIDTHS = List.of(8, 16, 32, 64, 128);

    private final ComboBox<ModelFamily> family = new ComboBox<>(FXCollections.observableArrayList(ModelFamilies.all()));
    private final Label familyHelp = new Label();
    private final ComboBox<String> dataset = new ComboBox<>();
    private final Button openCsv = new Button("Open CSV…");
    private final ComboBox<Method> solver = new ComboBox<>(FXCollections.observableArrayList(Method.values()));
    private final LabeledSlider tolerance = LabeledSlider.logarithmic("toleranceSlider", "Solver tolerance (rtol = atol)",
            "How much error the adaptive solver accepts per step. Looser means fewer function evaluations "
                    + "(faster, rougher); tighter means more.", 1e-8, 1e-1, 1e-3);
    private final LabeledSlider damping = LabeledSlider.linear("dampingSlider", "Damping γ",
            "Friction on the momentum of the heavy-ball families: m' = −γm + f. More damping calms the dynamics; "
                    + "none lets momentum carry the state far.", 0, 2, 0.5, "%.2f");
    private final ToggleSwitch learnDamping = new ToggleSwitch("learn γ");
    private final LabeledSlider xi = LabeledSlider.linear("xiSlider", "Restoring force ξ (GHBNODE)",
            "GHBNODE's spring −ξh that pulls the state back towards the origin.", 0, 2, 0.1, "%.2f");
    private final ComboBox<RegularizerKind> regularizer =
            new ComboBox<>(FXCollections.observableArrayList(RegularizerKind.values()));
    private final LabeledSlider strength = LabeledSlider.logarithmic("strengthSlider", "Regularization strength λ",
            "Weight of the regularizer in the loss: loss = task + λ·R.", 1e-4, 10, 1e-2);
    private final LabeledSlider learningRate = LabeledSlider.logarithmic("learningRateSlider", "Learning rate",
            "Adam's step size. Too high and training diverges; too low and it crawls.", 1e-4, 1e-1, 1e-2);
    private final ComboBox<Integer> width = new ComboBox<>(FXCollections.observableArrayList(WIDTHS));
    private final LabeledSlider time = LabeledSlider.linear("timeSlider", "Integration time T",
            "How long the flow runs: inputs are carried from t = 0 to T.", 0.25, 5, 1, "%.2f");
    private final Spinner<Integer> seed = new Spinner<>(0, 1_000_000, 1);
    private final ComboBox<GradientMethod> gradient =
            new ComboBox<>(FXCollections.observableArrayList(GradientMethod.values()));
    private final ComboBox<AdjointNorm> adjointNorm =
            new ComboBox<>(FXCollections.observableArrayList(AdjointNorm.values()));
    private final VBox root = new VBox(8);

    private TrainingConfig shown;
    private boolean quiet;
    private Consumer<TrainingConfig> listener = c -> { };

    TrainingControls() {
        family.setId("familyChoice");
        family.setConverter(converter(ModelFamily::id));
        family.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ModelFamily item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.id());
                setTooltip(empty || item == null ? null : new Tooltip(item.explanation()));
            }
        });
        family.setTooltip(new Tooltip("The kind of neural ODE to train. Changing it starts a new run."));
        familyHelp.setWrapText(true);
        familyHelp.getStyleClass().add("help-text");
        dataset.setId("datasetChoice");
        dataset.setItems(FXCollections.observableArrayList(DatasetRegistry.ids()));
        dataset.setTooltip(new Tooltip("What the model learns. Changing it starts a new run."));
        openCsv.setId("openCsv");
        openCsv.setTooltip(new Tooltip("Train on your own data: a CSV of feature columns and a label column"));
        solver.setId("solverChoice");
        solver.setConverter(converter(Method::id));
        solver.setTooltip(new Tooltip("The ODE solver used in training; dopri5 is what the papers count NFE with"));
        learnDamping.setId("learnDamping");
        Tooltip.install(learnDamping, new Tooltip("Let training adjust γ = sigmoid(γ_raw), starting from the slider's "
                + "value (kept below 1). Starts a new run."));
        regularizer.setId("regularizerChoice");
        regularizer.setConverter(converter(RegularizerKind::id));
        regularizer.setTooltip(new Tooltip("An extra term in the loss that shapes the learned dynamics"));
        width.setId("widthChoice");
        width.setTooltip(new Tooltip("Hidden units per layer of the network f. Changing it starts a new run."));
        seed.setId("seedSpinner");
        seed.setEditable(true);
        seed.setPrefWidth(110);
        seed.setTooltip(new Tooltip("Seed of the weights and the data: the same seed gives the same run. Changing it "
                + "starts a new run."));
        gradient.setId("gradientChoice");
        gradient.setConverter(converter(g -> g.name().toLowerCase()));
        gradient.setTooltip(new Tooltip("adjoint: solve backwards in time, little memory (NFE-B counted); "
                + "backprop: differentiate through the recorded steps"));
        adjointNorm.setId("adjointNormChoice");
        adjointNorm.setConverter(converter(AdjointNorm::id));
        adjointNorm.setTooltip(new Tooltip("How the adjoint's backward solve measures its error. mixed (torchdiffeq's "
                + "default): the largest RMS of the state, the adjoint and each weight tensor; seminorm: leaves the "
                + "weight gradient out, fewer backward NFE, a less exact gradient; flat: one RMS over everything"));
        for (ComboBox<?> c : List.of(family, dataset, solver, regularizer, width, gradient, adjointNorm)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }

        HBox datasetRow = new HBox(6, dataset, openCsv);
        HBox.setHgrow(dataset, Priority.ALWAYS);
        HBox widthSeed = new HBox(8, labeled("Width", width), labeled("Seed", seed));
        HBox gradientRow = new HBox(8, labeled("Gradient", gradient), labeled("Adjoint norm", adjointNorm));
        root.getChildren().addAll(
                section("Model"), labeled("Family", family), familyHelp,
                section("Data"), datasetRow,
                section("Solver"), labeled("Method", solver), tolerance, gradientRow,
                section("Dynamics"), damping, learnDamping, xi,
                section("Regularization"), labeled("Regularizer", regularizer), strength,
                section("Training"), learningRate, time, widthSeed);
        root.setPadding(new Insets(8, 12, 12, 12));

        family.setOnAction(e -> changed());
        dataset.setOnAction(e -> changed());
        solver.setOnAction(e -> changed());
        regularizer.setOnAction(e -> changed());
        width.setOnAction(e -> changed());
        gradient.setOnAction(e -> changed());
        adjointNorm.setOnAction(e -> changed());
        // Backprop differentiates the recorded steps: there is no backward solve whose error a norm could measure.
        gradient.valueProperty().addListener((o, was, now) -> adjointNorm.setDisable(now != GradientMethod.ADJOINT));
        learnDamping.selectedProperty().addListener(o -> changed());
        seed.valueProperty().addListener(o -> changed());
        for (LabeledSlider s : List.of(tolerance, xi, strength, learningRate, time)) {
            s.onChange(v -> changed());
        }
        // The one knob that moves continuously while training takes the short way: one named change.
        damping.onChange(this::dampingMoved);
    }

    Node root() {
        return root;
    }

    Button openCsvButton() {
        return openCsv;
    }

    void onChange(Consumer<TrainingConfig> l) {
        listener = l;
    }

    LabeledSlider damping() {
        return damping;
    }

    LabeledSlider tolerance() {
        return tolerance;
    }

    LabeledSlider learningRate() {
        return learningRate;
    }

    LabeledSlider strength() {
        return strength;
    }

    LabeledSlider xi() {
        return xi;
    }

    LabeledSlider time() {
        return time;
    }

    ComboBox<ModelFamily> family() {
        return family;
    }

    ComboBox<RegularizerKind> regularizer() {
        return regularizer;
    }

    /** Sets every control from {@code config} without reporting changes. */
    void show(TrainingConfig config) {
        quiet = true;
        try {
            shown = config;
            ModelConfig m = config.model();
            family.setValue(m.family());
            familyHelp.setText(m.family().explanation());
            String data = config.data().dataset();
            if (!dataset.getItems().contains(data)) {
                dataset.getItems().add(data);
            }
            dataset.setValue(data);
            solver.setValue(config.solver().method());
            tolerance.set(config.solver().rtol());
            gradient.setValue(config.gradient());
            adjointNorm.setValue(config.solver().adjointNorm());
            damping.set(m.damping());
            learnDamping.setSelected(m.learnDamping());
            xi.set(m.xi());
            regularizer.setValue(config.regularizer().kind());
            double lambda = config.regularizer().strength();
            strength.set(lambda > 0 ? lambda : 1e-2);
            learningRate.set(config.optimizer().learningRate());
            if (!width.getItems().contains(m.width())) {
                width.getItems().add(m.width());
            }
            width.setValue(m.width());
            time.set(config.integrationTime());
            seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, m.seed()));
            enableFor(m.family(), config.regularizer().kind());
        } finally {
            quiet = false;
        }
    }

    /** The config the controls describe now, built on the one last shown. */
    TrainingConfig read() {
        ModelConfig m = shown.model();
        boolean learn = learnDamping.isSelected();
        ModelConfig model = m.withFamily(family.getValue())
                .withWidth(width.getValue())
                .withDamping(startingDamping(damping.get(), learn), learn)
                .withXi(xi.get())
                .withSeed(seed.getValue());
        RegularizerKind kind = regularizer.getValue();
        double lambda = kind == RegularizerKind.NONE ? 0 : strength.get();
        TrainingConfig c = shown.withModel(model)
                .withSolver(s -> s.withMethod(solver.getValue()).withTolerances(tolerance.get(), tolerance.get())
                        .withAdjointNorm(adjointNorm.getValue()))
                .withGradient(gradient.getValue())
                .withOptimizer(o -> o.withLearningRate(learningRate.get()))
                .withRegularizer(kind, lambda)
                .withIntegrationTime(time.get());
        String data = dataset.getValue();
        if (!data.equals(shown.data().dataset()) || seed.getValue() != m.seed()) {
            c = c.withData(d -> d.withDataset(data).withSeed(seed.getValue()));
        }
        return c;
    }

    /** A learned γ is sigmoid(γ_raw), so its starting value must lie strictly inside (0, 1). */
    private static double startingDamping(double gamma, boolean learned) {
        return learned ? Math.max(0.01, Math.min(0.99, gamma)) : gamma;
    }

    private void dampingMoved(double gamma) {
        if (quiet || shown == null) {
            return;
        }
        ModelConfig m = shown.model();
        emit(shown.withModel(m.withDamping(startingDamping(gamma, m.learnDamping()))));
    }

    private void changed() {
        if (quiet || shown == null) {
            return;
        }
        familyHelp.setText(family.getValue().explanation());
        enableFor(family.getValue(), regularizer.getValue());
        TrainingConfig next;
        try {
            next = read();
        } catch (IllegalArgumentException e) {
            familyHelp.setText(e.getMessage());
            return;
        }
        emit(next);
    }

    /** Hands a config on; the controls describe it from now on, so the next change builds on it. */
    private void emit(TrainingConfig next) {
        shown = next;
        listener.accept(next);
    }

    /** Each control is on where the family reads its setting. */
    private void enableFor(ModelFamily f, RegularizerKind kind) {
        damping.setDisable(!f.knobs().contains(Knob.DAMPING));
        learnDamping.setDisable(!f.settings().contains(ModelSetting.LEARN_DAMPING));
        xi.setDisable(!f.knobs().contains(Knob.XI));
        strength.setDisable(kind == RegularizerKind.NONE);
    }

    static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    static VBox labeled(String caption, Node control) {
        Label l = new Label(caption);
        l.getStyleClass().add("control-caption");
        VBox box = new VBox(1, l, control);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

}
