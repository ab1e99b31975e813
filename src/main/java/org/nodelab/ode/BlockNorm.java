package org.nodelab.ode;

/**
 * The largest RMS over consecutive blocks of the state, counting only some of them: torchdiffeq's mixed norm
 * (every block counted), the seminorm (the parameter gradient's block left out) and a flat RMS over a part.
 * NaN in a counted block makes the norm NaN, so such a step is rejected.
 */
final class BlockNorm implements ErrorNorm {

    private final int[] lengths;
    private final boolean[] counted;

    /**
     * @param lengths the blocks' lengths in order, adding up to the state's length
     * @param counted for each block, whether the norm looks at it
     */
    BlockNorm(int[] lengths, boolean[] counted) {
        if (lengths.length != counted.length) {
            throw new IllegalArgumentException(lengths.length + " blocks but " + counted.length + " flags");
        }
        this.lengths = lengths.clone();
        this.counted = counted.clone();
    }

    @Override
    public double errorRatio(double[] error, double[] y0, double[] y1, double rtol, double atol) {
        check(error.length);
        double worst = 0;
        int start = 0;
        for (int b = 0; b < lengths.length; b++) {
            int end = start + lengths[b];
            if (counted[b] && end > start) {
                worst = Math.max(worst, Norms.rms(error, y0, y1, rtol, atol, start, end));
            }
            start = end;
        }
        return worst;
    }

    @Override
    public double scaled(double[] v, double[] y0, double rtol, double atol) {
        return errorRatio(v, y0, y0, rtol, atol);
    }

    private void check(int length) {
        int total = 0;
        for (int l : lengths) {
            total += l;
        }
        if (total != length) {
            throw new IllegalArgumentException("the norm's blocks cover " + total + " numbers, the state has "
                    + length);
        }
    }
}
