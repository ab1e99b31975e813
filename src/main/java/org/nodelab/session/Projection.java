package org.nodelab.session;

/** Which two state components a state-space picture shows, as horizontal and vertical axis. */
public record Projection(int x, int y) {

    public static final Projection FIRST_TWO = new Projection(0, 1);

    public Projection {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("state components are counted from 0, not " + x + ", " + y);
        }
    }

    /** This projection if it fits a state of {@code dimension} components, else the first two (or one). */
    public Projection fitting(int dimension) {
        if (dimension < 2) {
            return dimension == 1 ? new Projection(0, 0) : FIRST_TWO;
        }
        if (x < dimension && y < dimension && (x != y || dimension == 1)) {
            return this;
        }
        return FIRST_TWO;
    }
}
