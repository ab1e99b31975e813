package org.nodelab.model.family;

import java.util.EnumSet;
import java.util.Set;
import org.nodelab.model.Knob;

/**
 * GHBNODE over [h, m]: h' = tanh(m), m' = −γ m + f(h, t) − ξ h. The same θ as HBNODE; γ and ξ are live knobs.
 */
final class GeneralizedHeavyBallFamily extends HeavyBallFamily {

    GeneralizedHeavyBallFamily() {
        super("ghbnode", "Generalized heavy ball: momentum through tanh and a restoring force xi*h keep it from "
                + "running away.", true);
    }

    @Override
    public Set<Knob> knobs() {
        return EnumSet.of(Knob.DAMPING, Knob.XI);
    }
}
