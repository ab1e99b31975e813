package org.nodelab.ode;

import java.util.Arrays;

/**
 * How to solve the adjoint backward: the solver options, the error norm, and for {@link AdjointNorm#MIXED}
 * the lengths of the parameter tensors in the order they lie in θ (the engine never sees the tensors
 * themselves, only these plain counts).
 *
 * @param parameterBlocks lengths summing to the field's parameter count; empty means θ is one tensor
 */
public record AdjointOptions(SolverOptions solver, AdjointNorm norm, int[] parameterBlocks) {

    public AdjointOptions {
        if (solver == null || norm == null) {
            throw new IllegalArgumentException("adjoint options need solver options and a norm");
        }
        parameterBlocks = parameterBlocks == null ? new int[0] : parameterBlocks.clone();
        for (int length : parameterBlocks) {
            if (length < 1) {
                throw new IllegalArgumentException("every parameter block needs at least one number, not " + length);
            }
        }
    }

    /** One flat RMS over [y, a, g], the norm every solve used before the adjoint had a choice. */
    public static AdjointOptions flat(SolverOptions solver) {
        return new AdjointOptions(solver, AdjointNorm.FLAT, new int[0]);
    }

    @Override
    public int[] parameterBlocks() {
        return parameterBlocks.clone();
    }

    /**
     * The norm over z = [y (n), a (n), g (P), s (1)] that the backward solve's step control uses, s being the
     * time adjoint: torchdiffeq counts it in the mixed norm and the seminorm alike (its {@code t.abs()} term).
     */
    ErrorNorm errorNorm(int n, int parameterCount) {
        if (norm == AdjointNorm.FLAT) {
            // One RMS over [y, a, g], as before the choice existed; s is not part of it.
            return new BlockNorm(new int[] {2 * n + parameterCount, 1}, new boolean[] {true, false});
        }
        int[] blocks = parameterBlocks.length == 0 ? new int[] {parameterCount} : parameterBlocks;
        if (Arrays.stream(blocks).sum() != parameterCount) {
            throw new IllegalArgumentException("the parameter blocks " + Arrays.toString(blocks) + " add up to "
                    + Arrays.stream(blocks).sum() + ", but the field has " + parameterCount + " parameters");
        }
        if (norm == AdjointNorm.SEMINORM) {
            return new BlockNorm(new int[] {n, n, parameterCount, 1}, new boolean[] {true, true, false, true});
        }
        int[] lengths = new int[3 + blocks.length];
        lengths[0] = n;
        lengths[1] = n;
        System.arraycopy(blocks, 0, lengths, 2, blocks.length);
        lengths[lengths.length - 1] = 1;
        boolean[] all = new boolean[lengths.length];
        java.util.Arrays.fill(all, true);
        return new BlockNorm(lengths, all);
    }
}
