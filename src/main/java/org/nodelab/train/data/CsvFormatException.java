package org.nodelab.train.data;

/**
 * A CSV file that cannot be imported. The message always names the file and, where the problem sits on a line,
 * the line number (1-based, physical lines, so it matches what an editor shows), so users can fix the file
 * without guessing.
 */
public class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String problem;

    /**
     * @param file     the file's name as the user knows it
     * @param line     1-based line number, or 0 when the problem concerns the whole file (such as its size)
     * @param problem  what is wrong, in words
     */
    public CsvFormatException(String file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 for a problem with the whole file. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
