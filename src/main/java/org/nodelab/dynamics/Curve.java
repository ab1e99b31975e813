package org.nodelab.dynamics;

/**
 * A polyline in the complex plane: points (re[i], im[i]) in drawing order. A closed curve repeats its first
 * point at the end, so drawing consecutive segments closes it.
 */
public record Curve(double[] re, double[] im) {

    public Curve {
        if (re.length != im.length) {
            throw new IllegalArgumentException("a curve needs as many imaginary parts as real parts");
        }
    }

    public int size() {
        return re.length;
    }

    public boolean isClosed() {
        return re.length > 2 && re[0] == re[re.length - 1] && im[0] == im[im.length - 1];
    }
}
