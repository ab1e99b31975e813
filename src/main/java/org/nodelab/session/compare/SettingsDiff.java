package org.nodelab.session.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nodelab.train.TrainingConfig;

/** The settings on which runs differ, and only those ("diff only"), in the config's own order. */
public final class SettingsDiff {

    private SettingsDiff() {
    }

    public static List<SettingRow> of(List<TrainingConfig> configs) {
        if (configs.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> flat = new ArrayList<>();
        for (TrainingConfig c : configs) {
            flat.add(ConfigSettings.flatten(c));
        }
        List<SettingRow> rows = new ArrayList<>();
        for (String path : flat.get(0).keySet()) {
            List<Object> raw = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            boolean differs = false;
            for (Map<String, Object> f : flat) {
                Object v = f.get(path);
                differs |= !Objects.equals(v, flat.get(0).get(path));
                raw.add(v);
                shown.add(ConfigSettings.display(v));
            }
            if (differs) {
                rows.add(new SettingRow(path, shown, raw));
            }
        }
        return rows;
    }

    /** The paths on which two configs differ. */
    public static List<String> differingPaths(TrainingConfig a, TrainingConfig b) {
        List<String> out = new ArrayList<>();
        for (SettingRow row : of(List.of(a, b))) {
            out.add(row.path());
        }
        return out;
    }
}
