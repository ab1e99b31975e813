package org.nodelab.session.compare;

/**
 * The one x-axis all curves of a comparison share. Cumulative NFE (forward plus backward) is the axis no
 * experiment tracker offers: accuracy per unit of compute.
 */
public enum XAxis {
    ITERATION("iteration", ""),
    WALL_SECONDS("wall time", "s"),
    CUMULATIVE_NFE("cumulative NFE (F+B)", "");

    private final String label;
    private final String unit;

    XAxis(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
