package org.nodelab.train.data;

import java.util.function.Function;

/**
 * One built-in dataset as a menu or the command line lists it.
 *
 * @param id           the stable id users type ("spirals", ...)
 * @param description  one line for users
 * @param kind         the task it poses
 * @param defaults     settings that give a good first run
 * @param generator    makes the dataset from settings (seeded, so deterministic)
 */
public record DatasetEntry(String id, String description, TaskKind kind, GeneratorSettings defaults,
                           Function<GeneratorSettings, Dataset> generator) {

    /** Generates the dataset with the given settings. */
    public Dataset generate(GeneratorSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required (use defaults() for a first run)");
        }
        return generator.apply(settings);
    }

    /** Generates the dataset with its defaults. */
    public Dataset generate() {
        return generator.apply(defaults);
    }
}
