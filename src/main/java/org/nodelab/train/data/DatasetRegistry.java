package org.nodelab.train.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in synthetic datasets by id, in the order a menu should show them (easiest task first). */
public final class DatasetRegistry {

    private static final Map<String, DatasetEntry> ENTRIES = new LinkedHashMap<>();

    static {
        add(new DatasetEntry(Moons.ID, Moons.DESCRIPTION, TaskKind.CLASSIFICATION, Moons.defaults(), Moons::generate));
        add(new DatasetEntry(ConcentricCircles.ID, ConcentricCircles.DESCRIPTION, TaskKind.CLASSIFICATION,
                ConcentricCircles.defaults(), ConcentricCircles::generate));
        add(new DatasetEntry(TwoSpirals.ID, TwoSpirals.DESCRIPTION, TaskKind.CLASSIFICATION, TwoSpirals.defaults(),
                TwoSpirals::generate));
        add(new DatasetEntry(NestedSpheres.ID, NestedSpheres.DESCRIPTION, TaskKind.CLASSIFICATION,
                NestedSpheres.defaults(), NestedSpheres::generate));
        add(new DatasetEntry(DampedOscillator.ID, DampedOscillator.DESCRIPTION, TaskKind.TIME_SERIES,
                DampedOscillator.defaults(), DampedOscillator::generate));
    }

    private DatasetRegistry() {
    }

    private static void add(DatasetEntry entry) {
        ENTRIES.put(entry.id(), entry);
    }

    /** All ids, in menu order. */
    public static List<String> ids() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** All entries, in menu order. */
    public static List<DatasetEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(ENTRIES.values()));
    }

    /**
     * The entry for an id (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for an unknown id; the message lists the valid ones
     */
    public static DatasetEntry entry(String id) {
        DatasetEntry entry = id == null ? null : ENTRIES.get(id.strip().toLowerCase(java.util.Locale.ROOT));
        if (entry == null) {
            throw new IllegalArgumentException("unknown dataset '" + id + "'; valid ids: " + String.join(", ", ids()));
        }
        return entry;
    }

    /** Generates a built-in dataset with the given settings. */
    public static Dataset generate(String id, GeneratorSettings settings) {
        return entry(id).generate(settings);
    }

    /** Generates a built-in dataset with its defaults. */
    public static Dataset generate(String id) {
        return entry(id).generate();
    }
}
