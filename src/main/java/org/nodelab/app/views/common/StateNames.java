package org.nodelab.app.views.common;

import java.util.ArrayList;
import java.util.List;

import org.nodelab.model.ModelFamily;

/** Names of a model's first-order state components as the science note writes them: h and m, x and v, y and z. */
final class StateNames {

    private StateNames() {
    }

    static List<String> of(ModelFamily family, int stateDimension) {
        List<String> names = new ArrayList<>();
        String first;
        String second;
        switch (family) {
            case HBNODE, GHBNODE -> {
                first = "h";
                second = "m";
            }
            case SONODE -> {
                first = "x";
                second = "v";
            }
            case HAMILTONIAN -> {
                first = "y";
                second = "z";
            }
            default -> {
                first = "h";
                second = null;
            }
        }
        int half = second == null ? stateDimension : stateDimension / 2;
        for (int i = 0; i < stateDimension; i++) {
            names.add(i < half ? first + subscript(i + 1) : second + subscript(i - half + 1));
        }
        return names;
    }

    /** {@code n} in subscript digits, as in h₁₂. */
    static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (c - '0')));
        }
        return b.toString();
    }
}
