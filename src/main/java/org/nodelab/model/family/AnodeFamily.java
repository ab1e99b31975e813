package org.nodelab.model.family;

/** ANODE: a NODE that starts with one extra zero dimension, so trajectories have room to pass each other. */
final class AnodeFamily extends NodeFamily {

    AnodeFamily() {
        super("anode", "Augmented neural ODE: extra zero dimensions give trajectories room to pass each other.");
    }

    @Override
    public int defaultAugment() {
        return 1;
    }
}
