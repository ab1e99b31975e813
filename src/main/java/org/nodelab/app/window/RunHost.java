package org.nodelab.app.window;

/**
 * What the toolbar and the menus may ask of the window: run the experiment and switch modes. They get this
 * instead of the window itself, so they cannot reach into what they do not own.
 */
interface RunHost {

    void playPause();

    /** One iteration, then pause. */
    void stepOnce();

    /** Fresh weights with the current settings; asks first once iterations would be lost. */
    void resetRun();

    /**
     * Runs {@code action}, which replaces the running experiment ({@code what}: "Opening the sample"), at once
     * if nothing was trained yet, otherwise after the user agreed to discard the iterations trained.
     */
    void discardingRun(String what, Runnable action);

    /** true: explore a system; false: train a model. */
    void setExploring(boolean on);

    /** The running session, which the compare window can watch beside its own runs. */
    org.nodelab.session.ExperimentSession session();
}
