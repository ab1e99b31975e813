package org.nodelab.app.headless;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Where the FX thread's rendering time goes, per part (a view or a chart): count, mean and worst, in ms. */
public final class RenderProfile {

    private final Map<String, double[]> parts = new TreeMap<>();

    public void record(String part, long nanos) {
        double[] p = parts.computeIfAbsent(part, k -> new double[3]);
        double ms = nanos / 1e6;
        p[0]++;
        p[1] += ms;
        p[2] = Math.max(p[2], ms);
    }

    public void clear() {
        parts.clear();
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        parts.forEach((name, p) -> b.append(String.format(Locale.ROOT, "%s: %d draws, mean %.2f ms, max %.2f ms%n",
                name, (long) p[0], p[1] / Math.max(1, p[0]), p[2])));
        return b.toString();
    }
}
