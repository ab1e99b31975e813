package org.nodelab.train;

/** Losses with their gradients, over row-major batches, averaged over the batch. */
public final class Losses {

    private Losses() {
    }

    /**
     * Softmax cross-entropy of logits (batch × classes) against integer labels; writes dL/dlogits into
     * {@code gradient} (may be null) and returns the mean loss. Stable for large logits (log-sum-exp shift).
     */
    public static double crossEntropy(double[] logits, int[] labels, int classes, double[] gradient) {
        int batch = labels.length;
        double total = 0;
        for (int r = 0; r < batch; r++) {
            int offset = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[offset + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[offset + c] - max);
            }
            double logSum = max + Math.log(sum);
            total += logSum - logits[offset + labels[r]];
            if (gradient != null) {
                for (int c = 0; c < classes; c++) {
                    double p = Math.exp(logits[offset + c] - logSum);
                    gradient[offset + c] = (p - (c == labels[r] ? 1 : 0)) / batch;
                }
            }
        }
        return total / batch;
    }

    /** Fraction of rows whose largest logit is the label. */
    public static double accuracy(double[] logits, int[] labels, int classes) {
        int correct = 0;
        for (int r = 0; r < labels.length; r++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits[r * classes + c] > logits[r * classes + best]) {
                    best = c;
                }
            }
            if (best == labels[r]) {
                correct++;
            }
        }
        return labels.length == 0 ? 0 : (double) correct / labels.length;
    }

    /** Mean squared error over every entry; writes dL/dprediction into {@code gradient} (may be null). */
    public static double meanSquaredError(double[] prediction, double[] target, double[] gradient) {
        double total = 0;
        int n = prediction.length;
        for (int i = 0; i < n; i++) {
            double diff = prediction[i] - target[i];
            total += diff * diff;
            if (gradient != null) {
                gradient[i] = 2 * diff / n;
            }
        }
        return total / n;
    }
}
