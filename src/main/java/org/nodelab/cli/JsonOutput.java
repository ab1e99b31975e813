package org.nodelab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** Every command prints exactly one JSON object on standard output, on one line, so scripts can pipe it. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(toJson(value));
        out.flush();
    }

    static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON has no NaN or Infinity: non-finite numbers are written as null rather than breaking the output. */
    static Object number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static Object[] numbers(double[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = number(values[i]);
        }
        return out;
    }
}
