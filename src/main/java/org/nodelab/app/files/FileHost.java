package org.nodelab.app.files;

import javafx.scene.image.WritableImage;

import org.nodelab.session.ExperimentSession;

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
}
