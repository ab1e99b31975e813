package org.nodelab.app;

import java.util.function.Consumer;

import javafx.scene.Node;

import org.nodelab.session.ExplorationRequest;
import org.nodelab.train.TrainingConfig;

/**
 * The two panels on the left, training and exploring, as the window uses them. The panels themselves stay
 * private to this package and the window sees only this: a config or a request in, a new one out on every
 * user change, so a change inside a panel (a new control, another config API) stays inside it.
 */
final class ControlPanels {

    /** The entry of the system list that stands for typed equations. */
    static final String TYPED_SYSTEM = ExplorationControls.TYPED;

    private final TrainingControls training = new TrainingControls();
    private final ExplorationControls exploration = new ExplorationControls();

    Node trainingPanel() {
        return training.root();
    }

    Node explorationPanel() {
        return exploration.root();
    }

    /** Hears every user change of the training panel as a whole new config. */
    void onTrainingChange(Consumer<TrainingConfig> listener) {
        training.onChange(listener);
    }

    /** What the panel's "Open CSV…" button does. */
    void onOpenCsv(Runnable action) {
        training.openCsvButton().setOnAction(e -> action.run());
    }

    /** Sets the training panel from {@code config} without reporting it back as a change. */
    void showTraining(TrainingConfig config) {
        training.show(config);
    }

    /** The config the training panel describes now. */
    TrainingConfig readTraining() {
        return training.read();
    }

    void onExplorationChange(Consumer<ExplorationRequest> listener) {
        exploration.onChange(listener);
    }

    ExplorationRequest currentExploration() {
        return exploration.current();
    }

    void showExploration(ExplorationRequest request) {
        exploration.show(request);
    }

    /** Shows why the typed equations cannot be solved, or clears that with null. */
    void showExplorationProblem(String problem) {
        exploration.showProblem(problem);
    }
}
