package org.nodelab.session.compare;

/**
 * A number with its unit and its provenance.
 *
 * @param name  what it is, e.g. {@code "t_f(B=1)"} or {@code "latency"}
 * @param unit  SI where there is one ({@code "s"}, {@code "core-h/day"}, {@code "$/day"}), or empty
 */
public record Quantity(String name, double value, String unit, Provenance provenance) {

    public Quantity {
        if (name == null || unit == null || provenance == null) {
            throw new IllegalArgumentException("a quantity needs a name, a unit and a provenance");
        }
    }

    public static Quantity assumed(String name, double value, String unit) {
        return new Quantity(name, value, unit, Provenance.assumed("typed by the user"));
    }

    public static Quantity published(String name, double value, String unit, String source) {
        return new Quantity(name, value, unit, Provenance.published(source));
    }

    public static Quantity measured(String name, double value, String unit, String how) {
        return new Quantity(name, value, unit, Provenance.measured(how));
    }

    /** The same number, renamed (for a derived number's role in a formula). */
    public Quantity named(String newName) {
        return new Quantity(newName, value, unit, provenance);
    }
}
