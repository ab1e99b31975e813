package org.nodelab.session.compare;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nodelab.model.ModelFamily;
import org.nodelab.ode.Method;
import org.nodelab.train.TrainingConfig;

/**
 * A {@link TrainingConfig} as a flat, ordered list of settings, {@code "solver.rtol" -> "0.001"}, found by
 * walking its record components (and theirs) rather than by a hand-written list, so that a field the config
 * gains shows up in every diff without anyone touching this class.
 */
public final class ConfigSettings {

    private ConfigSettings() {
    }

    /** Every leaf setting, in declaration order, keyed by its dotted path. */
    public static Map<String, Object> flatten(TrainingConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        walk("", config, out);
        return out;
    }

    private static void walk(String prefix, Record value, Map<String, Object> out) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + prefix + c.getName(), e);
            }
            String path = prefix + c.getName();
            if (field instanceof Record r) {
                walk(path + ".", r, out);
            } else {
                out.put(path, field);
            }
        }
    }

    /** A setting's value as the table shows it: ids for families, methods and enums; numbers as Java writes them. */
    public static String display(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof ModelFamily f) {
            return f.id();
        }
        if (value instanceof Method m) {
            return m.id();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return String.valueOf(value);
    }
}
