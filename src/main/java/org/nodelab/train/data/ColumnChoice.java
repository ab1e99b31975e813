package org.nodelab.train.data;

/**
 * Which column of a CSV file plays a special role (the label, or the time): by header name, or by 0-based index
 * where a negative index counts from the end (-1 is the last column).
 */
public final class ColumnChoice {

    private final String name;
    private final int index;

    private ColumnChoice(String name, int index) {
        this.name = name;
        this.index = index;
    }

    /** The column whose header is {@code name} (exact match after trimming blanks); needs a header row. */
    public static ColumnChoice named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column name must not be blank");
        }
        return new ColumnChoice(name.strip(), 0);
    }

    /** The column at a 0-based index; negative counts from the end. */
    public static ColumnChoice at(int index) {
        return new ColumnChoice(null, index);
    }

    public static ColumnChoice first() {
        return at(0);
    }

    public static ColumnChoice last() {
        return at(-1);
    }

    /** The header name, or null when chosen by index. */
    public String name() {
        return name;
    }

    public boolean byName() {
        return name != null;
    }

    /** The 0-based index among {@code columns} columns, or -1 when it is out of range (only for index choices). */
    int resolveIndex(int columns) {
        int resolved = index < 0 ? columns + index : index;
        return resolved >= 0 && resolved < columns ? resolved : -1;
    }

    @Override
    public String toString() {
        return name != null ? "'" + name + "'" : "column index " + index;
    }
}
