package org.nodelab.session.compare;

import java.util.List;

/**
 * Where a number came from. No number on the cost panel or in the compare command's JSON appears without one.
 *
 * @param kind    measured here, published, assumed (typed by the user), or derived from other numbers
 * @param detail  for MEASURED, with what (e.g. "median of 200 timed calls after 50 warm-up, batch 1"); for
 *                PUBLISHED, the source; for ASSUMED, what was typed; for DERIVED, the formula
 * @param inputs  for DERIVED, the numbers it was computed from; empty otherwise
 */
public record Provenance(Kind kind, String detail, List<Quantity> inputs) {

    public enum Kind { MEASURED, PUBLISHED, ASSUMED, DERIVED }

    public Provenance {
        if (kind == null || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a provenance needs a kind and a detail");
        }
        inputs = List.copyOf(inputs);
        if (kind == Kind.DERIVED && inputs.isEmpty()) {
            throw new IllegalArgumentException("a derived number names the numbers it comes from");
        }
    }

    public static Provenance measured(String how) {
        return new Provenance(Kind.MEASURED, how, List.of());
    }

    public static Provenance published(String source) {
        return new Provenance(Kind.PUBLISHED, source, List.of());
    }

    public static Provenance assumed(String what) {
        return new Provenance(Kind.ASSUMED, what, List.of());
    }

    public static Provenance derived(String formula, Quantity... from) {
        return new Provenance(Kind.DERIVED, formula, List.of(from));
    }

    /** The footer line: each base number this one rests on, e.g. "NFE measured (...); price assumed (...)". */
    public String footer() {
        if (kind != Kind.DERIVED) {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + " (" + detail + ")";
        }
        java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
        collect(this, lines);
        return String.join("; ", lines);
    }

    private static void collect(Provenance p, java.util.Set<String> lines) {
        for (Quantity q : p.inputs()) {
            if (q.provenance().kind() == Kind.DERIVED) {
                collect(q.provenance(), lines);
            } else {
                lines.add(q.name() + " " + q.provenance().footer());
            }
        }
    }
}
