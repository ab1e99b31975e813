package org.nodelab.app.views.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions at round numbers (steps of 1, 2 or 5 times a power of ten) for the views drawn on a canvas,
 * which have no chart library to place them, and their labels with as many decimals as the step needs.
 */
public final class NiceTicks {

    private NiceTicks() {
    }

    /**
     * The step between the round ticks {@link #of} places over [min, max]: at most about {@code maxTicks} of them,
     * and never fewer than three where a finer round step gives three (-1.9 to 1.9 asked in steps of 2 has one
     * tick inside, so it gets steps of 1). Labels must be made with this step, the one actually used.
     */
    public static double step(double min, double max, int maxTicks) {
        double step = roundStep(min, max, maxTicks);
        if (Double.isFinite(step) && count(min, max, step) < 3 && maxTicks < 16) {
            return step(min, max, maxTicks * 2);
        }
        return step;
    }

    private static double roundStep(double min, double max, int maxTicks) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return Double.NaN;
        }
        double raw = span / Math.max(1, maxTicks);
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= raw) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static long count(double min, double max, double step) {
        long first = (long) Math.ceil(min / step);
        long last = (long) Math.floor((max + 1e-9 * step) / step);
        return last - first + 1;
    }

    /** The round values inside [min, max], {@link #step} apart. */
    public static List<Double> of(double min, double max, int maxTicks) {
        double step = step(min, max, maxTicks);
        List<Double> ticks = new ArrayList<>();
        if (!Double.isFinite(step)) {
            return ticks;
        }
        for (long k = (long) Math.ceil(min / step); k * step <= max + 1e-9 * step; k++) {
            // k * step, not repeated addition: 0.1 + 0.2 must not print as 0.30000000000000004.
            double v = k * step;
            ticks.add(Math.abs(v) < 1e-12 * step ? 0.0 : v);
        }
        return ticks;
    }

    /** A tick's label with the decimals its step needs ("0.5", "-2", "1e-4" for tiny or huge values). */
    public static String label(double v, double step) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1e5 || step < 1e-4) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
