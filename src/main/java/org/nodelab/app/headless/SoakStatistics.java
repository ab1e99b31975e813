package org.nodelab.app.headless;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nodelab.io.JsonText;
import org.nodelab.train.MemorySample;

/**
 * What a soak's samples say about the resident size. Only the second half counts for the plateau and the slope:
 * the first half holds start-up (libraries loading, the heap and malloc's arenas growing to their working size),
 * which is not what a long session suffers from. The plateau is the median, so one sample taken just before a
 * collection does not move it; the slope is the least-squares line of RSS against the iteration, per 1,000
 * iterations, so a run that trains faster is not judged as growing faster.
 *
 * @param samples         how many samples the run took
 * @param plateauMb       median RSS over the second half
 * @param maxMb           the largest RSS of the whole run
 * @param slopeMbPer1000  MB per 1,000 iterations over the second half; NaN without two distinct iterations there
 * @param firstIteration  the iteration of the first sample of the second half
 * @param lastIteration   the iteration of the last sample
 */
public record SoakStatistics(int samples, double plateauMb, double maxMb, double slopeMbPer1000,
                             long firstIteration, long lastIteration) {

    public static SoakStatistics of(List<MemorySample> samples) {
        if (samples.isEmpty()) {
            return new SoakStatistics(0, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        List<MemorySample> late = secondHalf(samples);
        double[] rss = late.stream().mapToDouble(MemorySample::rssMb).toArray();
        double max = samples.stream().mapToDouble(MemorySample::rssMb).max().orElse(Double.NaN);
        double[] x = late.stream().mapToDouble(MemorySample::iteration).toArray();
        return new SoakStatistics(samples.size(), median(rss), max, 1000 * slope(x, rss),
                late.get(0).iteration(), late.get(late.size() - 1).iteration());
    }

    /** The later half; with an odd count the middle sample belongs to it, so one sample is its own half. */
    static <T> List<T> secondHalf(List<T> all) {
        return all.subList(all.size() / 2, all.size());
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Least-squares slope of y on x; NaN when x does not vary (no training happened between the samples). */
    static double slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }

    /** For JSON, non-finite figures as null. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("plateauRssMb", JsonText.number(plateauMb));
        m.put("maxRssMb", JsonText.number(maxMb));
        m.put("slopeRssMbPer1000Iterations", JsonText.number(slopeMbPer1000));
        m.put("secondHalfFromIteration", firstIteration);
        m.put("secondHalfToIteration", lastIteration);
        return m;
    }
}
