package org.nodelab.ode;

/**
 * What a solve cost. {@code stepSizes} holds the signed size of every accepted step, in order.
 * For dopri5 and tsit5, nfe = 2 + 6 · (accepted + rejected), as torchdiffeq counts it.
 */
public record SolveStatistics(long nfe, int accepted, int rejected, double[] stepSizes) {

    public int steps() {
        return accepted + rejected;
    }
}
