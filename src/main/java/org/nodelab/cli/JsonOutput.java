package org.nodelab.cli;

import java.io.PrintWriter;
import org.nodelab.io.JsonText;

/** Every command prints exactly one JSON object on standard output, on one line, so scripts can pipe it. */
final class JsonOutput {

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(toJson(value));
        out.flush();
    }

    static String toJson(Object value) {
        return JsonText.of(value);
    }

    /** JSON has no NaN or Infinity: non-finite numbers are written as null rather than breaking the output. */
    static Object number(double value) {
        return JsonText.number(value);
    }

    static Object[] numbers(double[] values) {
        return JsonText.numbers(values);
    }
}
