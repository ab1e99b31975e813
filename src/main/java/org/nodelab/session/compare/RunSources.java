package org.nodelab.session.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nodelab.io.UserFileException;

/**
 * The registry of {@link RunSource}s: the one place that decides which reader a set of files goes to. A new
 * kind of run file is one class plus one line in {@link #ALL}.
 */
public final class RunSources {

    /**
     * Every kind, most specific first. The session files of the sessions work plug in here as one more line
     * ({@code new SessionFileSource()}, a RunSource that accepts one file declaring the session format).
     */
    static final List<RunSource> ALL = List.of(new TrainLogSource(), new ModelFileSource());

    private RunSources() {
    }

    public static List<RunSource> all() {
        return ALL;
    }

    /**
     * Loads one run from the files given for it.
     *
     * @param name  the run's name, or null to name it after its first file
     */
    public static ComparedRun load(List<Path> files, String name) throws IOException {
        if (files.isEmpty() || files.size() > 2) {
            throw new IllegalArgumentException("a run is one file, or a training log with its model file; not "
                    + files.size() + " files");
        }
        List<FileHead> heads = new ArrayList<>();
        for (Path f : files) {
            heads.add(FileHead.of(f));
        }
        for (RunSource source : ALL) {
            if (source.accepts(heads)) {
                return source.load(heads, name == null ? defaultName(files.get(0)) : name);
            }
        }
        throw new UserFileException(files.get(0), files.size() == 1
                ? "not a model file NODE Lab knows (a training log needs its model file too: LOG:MODEL)"
                : "these are not a training log and its model file (" + files.get(0) + ", " + files.get(1) + ")");
    }

    /** The file's name without its extension: {@code runs/hbnode.jsonl} → {@code hbnode}. */
    static String defaultName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
