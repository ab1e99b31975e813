package org.nodelab.app.controls;

import java.util.function.Consumer;

import javafx.scene.Node;

import org.nodelab.session.ExplorationRequest;
import org.nodelab.train.TrainingConfig;

/**
 * The two panels on the left, training and exploring, as the window uses them. The panels themselves stay
 * private to this package and the window sees only this: a config or a request in, a new one out on every
 * user change, so a change inside a panel (a new control, another config API) stays inside it.
 */
public final class ControlPanels {

    /** The entry of the system list that stands for typed equations. */
    public static final String TYPED_SYSTEM = ExplorationControls.TYPED;

    private final TrainingControls training = new TrainingControls();
    private final ExplorationControls exploration = new ExplorationControls();

    public Node trainingPanel() {
        return training.root();
    }

    public Node explorationPanel() {
        return exploration.root();
    }

    /** Hears every user change of the training panel as a whole new config. */
    public void onTrainingChange(Consumer<TrainingConfig> listener) {
        training.onChange(listener);
    }

    /** What the panel's "Open CSV…" button does. */
    public void onOpenCsv(Runnable action) {
        training.openCsvButton().setOnAction(e -> action.run());
    }

    /** Sets the training panel from {@code config} without reporting it back as a change. */
    public void showTraining(TrainingConfig config) {
        training.show(config);
    }

    /** The config the training panel describes now. */
    public TrainingConfig readTraining() {
        return training.read();
    }

    public void onExplorationChange(Consumer<ExplorationRequest> listener) {
        exploration.onChange(listener);
    }

    public ExplorationRequest currentExploration() {
        return exploration.current();
    }

    public void showExploration(ExplorationRequest request) {
        exploration.show(request);
    }

    /** Shows why the typed equations cannot be solved, or clears that with null. */
    public void showExplorationProblem(String problem) {
        exploration.showProblem(problem);
    }
}
