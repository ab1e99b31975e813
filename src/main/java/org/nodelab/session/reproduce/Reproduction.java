package org.nodelab.session.reproduce;

import java.util.List;

/**
 * One of the seeds' published claims as an experiment the lab can run: the runs that test it (several seeds
 * of each configuration), how long each trains, and the published figures to show beside ours. The command
 * line's {@code nodelab reproduce NAME} runs one headless; the compare window opens one as a preset and
 * trains its runs live. Each claim is its own class, listed once in {@link Reproductions}.
 */
public interface Reproduction {

    /** The name on the command line and in the presets menu, e.g. {@code momentum}. */
    String id();

    /** A short title for menus and table headings. */
    String title();

    /** The claim under test, in one sentence, as the paper makes it. */
    String claim();

    /** The runs to train for the given seeds and iteration count (null: the experiment's own defaults). */
    List<PlannedRun> plan(ReproductionOptions options);

    /** The paper's figures, each with its source, to be shown labelled as published. */
    List<PublishedFigure> published();

    /**
     * Our figures from the trained runs (in plan order, trainers still open), beside the published ones, with
     * a verdict per aim. It may evaluate the trained models further (a tolerance sweep, a deep-Euler analysis).
     */
    ReproductionReport report(List<RunResult> results);
}
