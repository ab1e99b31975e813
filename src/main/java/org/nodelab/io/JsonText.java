package org.nodelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one way JSON leaves the program, for the command line and the window's commands alike: Jackson writes it,
 * so a quote or backslash in a path, or a non-finite number, can never produce output a script cannot parse.
 */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonText() {
    }

    /** One line of JSON for a map, a record or any bean Jackson can serialize. */
    public static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON has no NaN or Infinity: non-finite numbers are written as null rather than breaking the output. */
    public static Object number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    public static Object[] numbers(double[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = number(values[i]);
        }
        return out;
    }
}
