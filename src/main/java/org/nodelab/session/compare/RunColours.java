package org.nodelab.session.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable colours and ids for runs. A run's colour is a function of its id alone (so it never changes when
 * other runs come and go); {@link #assign} settles the rare clash within one comparison by taking the next
 * free colour, in the runs' order.
 */
public final class RunColours {

    /** Colours in the compare palette; at most 8 runs are compared at once. */
    public static final int PALETTE_SIZE = 8;

    private RunColours() {
    }

    /** The colour an id asks for: FNV-1a of its UTF-8 bytes, modulo the palette. */
    public static int stableIndex(String id) {
        int hash = 0x811C9DC5;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, PALETTE_SIZE);
    }

    /** One distinct colour per run (up to {@link #PALETTE_SIZE} runs), each its stable one unless taken. */
    public static List<Integer> assign(List<ComparedRun> runs) {
        boolean[] taken = new boolean[PALETTE_SIZE];
        List<Integer> out = new ArrayList<>();
        for (ComparedRun run : runs) {
            int c = run.colourIndex();
            for (int k = 0; k < PALETTE_SIZE && taken[c]; k++) {
                c = (c + 1) % PALETTE_SIZE;
            }
            taken[c] = true;
            out.add(c);
        }
        return out;
    }

    /** A short stable id from content: the first 12 hex digits of SHA-256 over the given parts. */
    public static String digestId(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
