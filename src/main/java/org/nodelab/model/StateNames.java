package org.nodelab.model;

import java.util.ArrayList;
import java.util.List;

/** Names of a model's first-order state components as the science note writes them: h and m, x and v, y and z. */
public final class StateNames {

    private StateNames() {
    }

    /**
     * {@code first₁ … first_k} over the whole state, or when {@code second} is not null the first half named
     * {@code first} and the second half {@code second}.
     */
    public static List<String> of(String first, String second, int stateDimension) {
        List<String> names = new ArrayList<>();
        int half = second == null ? stateDimension : stateDimension / 2;
        for (int i = 0; i < stateDimension; i++) {
            names.add(i < half ? first + subscript(i + 1) : second + subscript(i - half + 1));
        }
        return names;
    }

    /** {@code n} in subscript digits, as in h₁₂. */
    public static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (c - '0')));
        }
        return b.toString();
    }
}
