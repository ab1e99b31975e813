package org.nodelab.app.headless;

import java.util.Arrays;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Measures the FX thread's work per pulse: from the first animation timer of the pulse (this one, started
 * before any other) to the end of the scene's layout pass. That span holds our rendering, chart redraws, CSS
 * and layout; the rasterization that follows runs on JavaFX's render thread.
 */
public final class PulseMonitor {

    private final long[] durations;
    private final AnimationTimer start;
    private long pulseStart = -1;
    private int count;
    private long pulses;

    public PulseMonitor(Scene scene, int capacity) {
        durations = new long[capacity];
        start = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
            }
        };
        scene.addPostLayoutPulseListener(() -> {
            if (pulseStart >= 0) {
                record(System.nanoTime() - pulseStart);
                pulseStart = -1;
            }
        });
    }

    public void start() {
        start.start();
    }

    public void stop() {
        start.stop();
    }

    public void clear() {
        count = 0;
        pulses = 0;
    }

    private void record(long nanos) {
        durations[(int) (pulses % durations.length)] = nanos;
        pulses++;
        count = (int) Math.min(pulses, durations.length);
    }

    public long pulses() {
        return pulses;
    }

    /** Percentiles in milliseconds of the recorded pulses (the most recent {@code capacity}). */
    public double[] percentilesMillis(double... quantiles) {
        long[] sorted = Arrays.copyOf(durations, count);
        Arrays.sort(sorted);
        double[] out = new double[quantiles.length];
        for (int i = 0; i < quantiles.length; i++) {
            if (sorted.length == 0) {
                out[i] = Double.NaN;
                continue;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(quantiles[i] * sorted.length) - 1);
            out[i] = sorted[Math.max(0, index)] / 1e6;
        }
        return out;
    }
}
