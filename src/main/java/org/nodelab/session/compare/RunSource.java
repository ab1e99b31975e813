package org.nodelab.session.compare;

import java.io.IOException;
import java.util.List;

/**
 * One kind of saved run: which files make one up, and how to read them. Each kind is its own class, listed
 * once in {@link RunSources}. Loading is strict: a corrupt, oversized or mismatched file is refused with a
 * {@link org.nodelab.io.UserFileException} naming the file (and the line, for line-based files).
 */
public interface RunSource {

    /** In words, for messages and the JSON's {@code source}: e.g. {@code "training log with its model"}. */
    String kind();

    /** Whether these files, as given together for one run, are this kind's. */
    boolean accepts(List<FileHead> files);

    /** Reads the run; {@code name} is the name to give it (the caller's, or one made from the file names). */
    ComparedRun load(List<FileHead> files, String name) throws IOException;
}
