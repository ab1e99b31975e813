package org.nodelab.app.views.common;

import java.util.List;

import org.nodelab.ode.Method;
import org.nodelab.session.AnalysisSnapshot;
import org.nodelab.session.ExplorationSnapshot;
import org.nodelab.session.SessionSnapshot;
import org.nodelab.session.TrainingHistory;
import org.nodelab.train.IterationMetrics;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.TaskKind;

/**
 * What every view renders from, whichever mode produced it: a training session or a system exploration.
 * Views compare the parts they draw by identity, since snapshots replace rather than mutate them.
 *
 * @param data           the training data (null when exploring a system)
 * @param history        per-iteration figures (null when exploring)
 * @param latest         the last iteration (null before the first, and when exploring)
 * @param variableNames  names of the state components, for axis labels
 * @param method         the solver whose stability region the spectrum view draws
 * @param classes        classes of the tracked points' labels (0: labels are point indices, colour by index)
 * @param experiment     which experiment the frame belongs to: it changes on a reset, a new model or system and a
 *                       mode switch, and a view that keeps a history across frames clears it then
 */
public record Frame(long version, AnalysisSnapshot analysis, Dataset data, TrainingHistory.View history,
             IterationMetrics latest, List<String> variableNames, Method method, int classes, long experiment) {

    /** A training session's frame; the state components are named as the model's family names them. */
    public static Frame of(SessionSnapshot s, long experiment) {
        int n = s.analysis() == null ? 0 : s.analysis().stateDimension();
        List<String> names = s.config().model().family().stateNames(n);
        Dataset data = s.data();
        int classes = data != null && data.kind() == TaskKind.CLASSIFICATION ? data.classCount() : 1;
        return new Frame(s.version(), s.analysis(), data, s.history(), s.latest(), names, s.config().solver().method(),
                classes, experiment);
    }

    public static Frame of(ExplorationSnapshot s, long experiment) {
        List<String> names = s.system() == null ? List.of() : s.system().variableNames();
        return new Frame(s.version(), s.analysis(), null, null, null, names, s.request().method(), 0, experiment);
    }

    public boolean training() {
        return history != null;
    }

    public String variableName(int component) {
        return component < variableNames.size() ? variableNames.get(component) : "z" + (component + 1);
    }
}
