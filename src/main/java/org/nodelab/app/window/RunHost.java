package org.nodelab.app.window;

/**
 * What the toolbar and the menus may ask of the window: run the experiment and switch modes. They get this
 * instead of the window itself, so they cannot reach into what they do not own.
 */
interface RunHost {

    void playPause();

    /** One iteration, then pause. */
    void stepOnce();

    /** Fresh weights with the current settings. */
    void resetRun();

    /** true: explore a system; false: train a model. */
    void setExploring(boolean on);
}
