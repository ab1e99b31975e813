package org.nodelab.systems;

/**
 * How much typed text the parser accepts. A phase-plane lab needs a handful of equations; the limits sit far
 * above that and keep a pasted megabyte from tying up the window or the command line.
 */
final class TypedLimits {

    /** Characters in the whole text. */
    static final int MAX_CHARACTERS = 100_000;
    /** Equations and constants together. */
    static final int MAX_STATEMENTS = 1_000;
    /** Characters in one name. */
    static final int MAX_NAME = 64;
    /** Characters of the user's text quoted back in a message. */
    static final int MAX_QUOTED = 80;

    private TypedLimits() {
    }

    /** The text as a message quotes it: whole if short, else the stretch around {@code index} with "…". */
    static String quote(String text, int index) {
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        int from = Math.max(0, Math.min(index - MAX_QUOTED / 2, text.length() - MAX_QUOTED));
        int to = Math.min(text.length(), from + MAX_QUOTED);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** A name as a message shows it, shortened when it is over the limit. */
    static String name(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, 20) + "…";
    }
}
