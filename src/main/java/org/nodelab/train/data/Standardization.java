package org.nodelab.train.data;

/**
 * Z-score standardization of features, fitted on the train part only and applied to both parts, so that no
 * statistic of the test data leaks into training. Nothing in this package standardizes silently: a caller asks
 * for it, and can show users the means and scales it used. Labels and targets are left as they are.
 */
public final class Standardization {

    private final double[] means;
    private final double[] scales;

    private Standardization(double[] means, double[] scales) {
        this.means = means;
        this.scales = scales;
    }

    /**
     * Per-feature mean and (population) standard deviation of {@code train}. A constant feature gets scale 1
     * instead of 0, so it maps to 0 rather than to NaN.
     */
    public static Standardization fit(DataPart train) {
        int k = train.featureDimension();
        int n = train.size();
        if (n == 0) {
            throw new IllegalArgumentException("cannot fit a standardization on an empty part");
        }
        double[] features = train.features();
        double[] means = new double[k];
        double[] scales = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                means[j] += features[i * k + j];
            }
        }
        for (int j = 0; j < k; j++) {
            means[j] /= n;
        }
        // Two passes (mean first, then squared deviations) to avoid the cancellation of E[x²] - E[x]².
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double deviation = features[i * k + j] - means[j];
                scales[j] += deviation * deviation;
            }
        }
        for (int j = 0; j < k; j++) {
            double deviation = Math.sqrt(scales[j] / n);
            scales[j] = deviation > 1e-12 * Math.max(1, Math.abs(means[j])) ? deviation : 1;
        }
        return new Standardization(means, scales);
    }

    /** Fits on the dataset's train part and returns the dataset with both parts' features standardized. */
    public static Dataset standardize(Dataset dataset) {
        return fit(dataset.train()).apply(dataset);
    }

    /** The dataset with both parts' features mapped to (x - mean) / scale. */
    public Dataset apply(Dataset dataset) {
        return dataset.withParts(apply(dataset.train()), apply(dataset.test()));
    }

    /** The part with its features mapped to (x - mean) / scale. */
    public DataPart apply(DataPart part) {
        int k = means.length;
        if (part.featureDimension() != k) {
            throw new IllegalArgumentException("fitted on " + k + " features, given " + part.featureDimension());
        }
        double[] features = part.features();
        for (int i = 0; i < features.length; i++) {
            features[i] = (features[i] - means[i % k]) / scales[i % k];
        }
        return part.withFeatures(features);
    }

    /** A copy of the per-feature means. */
    public double[] means() {
        return means.clone();
    }

    /** A copy of the per-feature scales (standard deviations, 1 for constant features). */
    public double[] scales() {
        return scales.clone();
    }
}
