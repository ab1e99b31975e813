package org.nodelab.systems;

/**
 * Typed equations that cannot be read, or parameter values that do not fit them. The message says what is
 * wrong and where, in words a person can act on; the accessors give the same place to a UI that wants to
 * highlight it.
 */
public final class EquationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int equationNumber;
    private final int column;
    private final int offset;

    /**
     * @param equationNumber 1-based, or 0 when the problem is not inside one equation (e.g. a stray value)
     * @param column         1-based column inside that equation's text, or 0 when there is none
     * @param offset         0-based index into the whole input text, or -1 when there is none
     */
    public EquationException(String message, int equationNumber, int column, int offset) {
        super(message);
        this.equationNumber = equationNumber;
        this.column = column;
        this.offset = offset;
    }

    /** A problem that belongs to no particular place in the text. */
    public EquationException(String message) {
        this(message, 0, 0, -1);
    }

    public int equationNumber() {
        return equationNumber;
    }

    public int column() {
        return column;
    }

    public int offset() {
        return offset;
    }
}
