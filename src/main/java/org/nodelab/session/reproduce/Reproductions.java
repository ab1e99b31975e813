package org.nodelab.session.reproduce;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The registry of reproductions: one line per claim. */
public final class Reproductions {

    // One line per claim (momentum, localreg, stable, sonode).
    private static final List<Reproduction> ALL = List.of(new MomentumReproduction(),
            new LocalRegularizationReproduction(), new StableReproduction(), new SecondOrderReproduction());

    private Reproductions() {
    }

    public static List<Reproduction> all() {
        return ALL;
    }

    public static Reproduction fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.id().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no reproduction called '" + id + "'; choose one of "
                        + ALL.stream().map(Reproduction::id).collect(Collectors.joining(", "))));
    }
}
