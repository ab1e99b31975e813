package org.nodelab.session.reproduce;

import org.nodelab.model.ModelConfig;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.train.TrainingConfig;

/** The lab's default demo run (width 32, dopri5 at 1e-3, adjoint) for a family, dataset, size and seed. */
final class Presets {

    private Presets() {
    }

    static TrainingConfig classifier(String family, String dataset, int points, int seed) {
        TrainingConfig d = TrainingConfig.defaults();
        return d.withModel(ModelConfig.defaults(ModelFamilies.fromId(family), 2, 2).withSeed(seed))
                .withData(x -> x.withDataset(dataset).withPoints(points).withSeed(seed));
    }
}
