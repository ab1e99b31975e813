package org.nodelab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One RUN argument of {@code nodelab compare}: {@code [NAME=]FILE[:FILE]}, e.g. {@code hb=run.jsonl:model.json},
 * a model file alone, or (once sessions are merged) a session file. A colon right after a drive letter
 * ({@code C:\...}) is part of the path, not a separator.
 *
 * @param name   the name given before '=', or null
 */
record RunArgument(String name, List<Path> files) {

    static RunArgument parse(String argument) {
        String rest = argument;
        String name = null;
        int equals = rest.indexOf('=');
        // A name has no path separator: "./a=b.json" is a file name with '=' in it, not the name "./a".
        String before = equals > 0 ? rest.substring(0, equals) : "";
        if (equals > 0 && before.indexOf('/') < 0 && before.indexOf('\\') < 0) {
            name = before.strip();
            rest = rest.substring(equals + 1);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("'" + argument + "': the name before '=' is empty");
            }
        }
        List<Path> files = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rest.length(); i++) {
            boolean driveLetter = i == start + 1 && Character.isLetter(rest.charAt(start))
                    && i + 1 < rest.length() && (rest.charAt(i + 1) == '\\' || rest.charAt(i + 1) == '/');
            if (rest.charAt(i) == ':' && !driveLetter) {
                files.add(path(argument, rest.substring(start, i)));
                start = i + 1;
            }
        }
        files.add(path(argument, rest.substring(start)));
        if (files.size() > 2) {
            throw new IllegalArgumentException("'" + argument + "': a run is FILE or LOG:MODEL, not " + files.size()
                    + " files");
        }
        return new RunArgument(name, List.copyOf(files));
    }

    private static Path path(String argument, String part) {
        if (part.isBlank()) {
            throw new IllegalArgumentException("'" + argument + "': a file name is empty; give FILE or LOG:MODEL");
        }
        try {
            return Path.of(part);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("'" + argument + "': " + e.getMessage(), e);
        }
    }
}
