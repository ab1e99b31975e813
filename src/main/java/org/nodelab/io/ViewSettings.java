package org.nodelab.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the window showed a run (mode, projection, theme, the time slider…): a small open map of typed settings
 * that the app fills in and reads back, so a new view can keep its state without a new file version. Each
 * value is a string, a finite number or a boolean; a setting a reader does not know is kept and ignored.
 */
public final class ViewSettings {

    public static final int MAX_SETTINGS = 64;
    public static final int MAX_KEY_LENGTH = 64;
    public static final int MAX_TEXT_LENGTH = 1000;

    private final Map<String, Object> values;

    private ViewSettings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ViewSettings none() {
        return new ViewSettings(Map.of());
    }

    /**
     * Settings from a map of strings, numbers and booleans.
     *
     * @throws IllegalArgumentException naming the setting that is too long, of another type, or not finite
     */
    public static ViewSettings of(Map<String, ?> values) {
        if (values.size() > MAX_SETTINGS) {
            throw new IllegalArgumentException("there are " + values.size() + " view settings; at most "
                    + MAX_SETTINGS + " are kept");
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("a view setting's name must have 1 to " + MAX_KEY_LENGTH
                        + " characters");
            }
            checked.put(key, checkedValue(key, e.getValue()));
        }
        return new ViewSettings(checked);
    }

    private static Object checkedValue(String key, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof String text) {
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("view." + key + " has " + text.length() + " characters; at most "
                        + MAX_TEXT_LENGTH);
            }
            return text;
        }
        if (value instanceof Number number && !(value instanceof java.math.BigInteger)
                && !(value instanceof java.math.BigDecimal)) {
            double d = number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("view." + key + " is " + d + "; a setting must be finite");
            }
            return d;
        }
        throw new IllegalArgumentException("view." + key + " must be a string, a number or true/false, not "
                + (value == null ? "null" : value.toString().length() > 40 ? "an object or array"
                : value.toString()));
    }

    /** This with one more setting (or one replaced). */
    public ViewSettings with(String key, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(values);
        next.put(key, value);
        return of(next);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public String text(String key, String otherwise) {
        return values.get(key) instanceof String s ? s : otherwise;
    }

    public double number(String key, double otherwise) {
        return values.get(key) instanceof Double d ? d : otherwise;
    }

    public boolean flag(String key, boolean otherwise) {
        return values.get(key) instanceof Boolean b ? b : otherwise;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewSettings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
