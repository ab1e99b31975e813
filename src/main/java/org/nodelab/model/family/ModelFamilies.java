package org.nodelab.model.family;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nodelab.model.ModelFamily;

/**
 * The registry of model families, in the order the UI lists them. A new family is one class in this package
 * and one line here; nothing else in the lab names a particular family.
 */
public final class ModelFamilies {

    private static final List<ModelFamily> ALL = List.of(
            new NodeFamily(),
            new AnodeFamily(),
            new HeavyBallFamily(),
            new GeneralizedHeavyBallFamily(),
            new SecondOrderFamily(),
            new AntisymmetricFamily(),
            new HamiltonianFamily());

    private ModelFamilies() {
    }

    /** Every registered family, in the UI's order. */
    public static List<ModelFamily> all() {
        return ALL;
    }

    /** The family with this id (case and surrounding spaces ignored). */
    public static ModelFamily fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ModelFamily f : ALL) {
            if (f.id().equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown model family '" + id + "'; choose one of "
                + ALL.stream().map(ModelFamily::id).collect(Collectors.joining(", ")));
    }
}
