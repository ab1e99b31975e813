package org.nodelab.app.window;

/**
 * Tells when the frames stop belonging to the same experiment, so that views keeping a history (the spectrum's
 * fading generations, the Lyapunov curve, the state space's steady bounds) start afresh instead of mixing in
 * what an earlier model or system showed. Snapshots carry no run id, so a new experiment is read off what
 * changes with one: another session or exploration, another mode, another dataset or system, a history that
 * shrank (reset, restart), or a new analysis of an untrained model (a rebuild before the first iteration).
 */
final class ExperimentIdentity {

    private long generation;
    private Object source;
    private Object content;
    private int historySize = -1;
    private Object analysis;

    /** The current generation: it changes exactly when the experiment does. */
    long generation() {
        return generation;
    }

    /**
     * Takes the next snapshot's parts into account.
     *
     * @param source      the session or exploration that published it (a mode switch changes it too)
     * @param content     what it works on: the dataset, or the explored system
     * @param historySize iterations in the history (-1 when exploring)
     * @param untrained   whether no iteration has run yet
     * @param analysis    the snapshot's analysis, compared by identity
     * @return the generation of this snapshot
     */
    long observe(Object source, Object content, int historySize, boolean untrained, Object analysis) {
        boolean fresh = source != this.source
                || content != this.content
                || historySize < this.historySize
                || (untrained && this.analysis != null && analysis != this.analysis);
        if (fresh && this.source != null) {
            generation++;
        }
        this.source = source;
        this.content = content;
        this.historySize = historySize;
        this.analysis = analysis;
        return generation;
    }
}
