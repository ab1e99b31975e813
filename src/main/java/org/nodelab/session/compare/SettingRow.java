package org.nodelab.session.compare;

import java.util.List;

/**
 * One setting on which the compared runs differ, with each run's value in the runs' order.
 *
 * @param path    the dotted path in {@link org.nodelab.train.TrainingConfig}, e.g. {@code solver.rtol}
 * @param values  each run's value as shown ({@link ConfigSettings#display})
 * @param raw     each run's value as the config holds it
 */
public record SettingRow(String path, List<String> values, List<Object> raw) {

    public SettingRow {
        values = List.copyOf(values);
        raw = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(raw));
    }

    /** Whether the run at {@code index} differs from the pinned run at {@code pinned}. */
    public boolean differsFrom(int index, int pinned) {
        return !java.util.Objects.equals(raw.get(index), raw.get(pinned));
    }
}
