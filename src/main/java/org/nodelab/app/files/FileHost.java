package org.nodelab.app.files;

import javafx.scene.image.WritableImage;

import org.nodelab.io.ViewSettings;
import org.nodelab.session.ExperimentSession;
import org.nodelab.session.ExplorationRequest;

/**
 * What the file actions need from the window that owns them: the running session (to save it, or to build on
 * its config), a way to replace it with an opened one, a place for messages and a picture of the window.
 */
public interface FileHost {

    ExperimentSession session();

    /** Makes {@code next} the running experiment; the window closes the old one. */
    void replaceSession(ExperimentSession next);

    /** Shows a message above the views until dismissed. */
    void showInfo(String message);

    void hideInfo();

    /** The window as it is now, with every pending chart update applied. */
    WritableImage snapshotImage();

    /** How the window shows the run now (mode, theme, each view's settings), to keep in a saved session. */
    ViewSettings viewSettings();

    /** The system explored in this window, or null if none was. */
    ExplorationRequest exploration();

    /** Once a reopened session is the running experiment: shows it as it was shown when it was saved. */
    void restoreView(ViewSettings view, ExplorationRequest exploration);
}
